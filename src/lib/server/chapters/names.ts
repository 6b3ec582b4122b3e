import { countryName } from '$lib/server/geo/countries';

/** A chapter's name in a language: the organisation's name, a country's name, or the city as typed. */
export function chapterName(
	chapter: { kind: string; name: string; country: string | null },
	locale: string,
	orgName: string
): string {
	if (chapter.kind === 'organisation') return orgName;
	if (chapter.kind === 'country' && chapter.country) return countryName(chapter.country, locale);
	return chapter.name;
}
