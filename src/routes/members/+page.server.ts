import { searchDirectory } from '$lib/server/members/directory';
import { chapterSummary } from '$lib/server/chapters/queries';
import { chapterName } from '$lib/server/chapters/names';
import { countryName, countryOptions } from '$lib/server/geo/countries';
import { languageName, languageOptions } from '$lib/server/geo/languages';
import { runQuery } from '$lib/server/http';
import { organisationName } from '$lib/server/instance/cached';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = locals.actor;
	const raw = Object.fromEntries(url.searchParams);
	const result = await runQuery(() => searchDirectory(locals.db, actor, raw));
	let chapter: { slug: string; name: string } | null = null;
	if (result.input.chapter) {
		const found = await chapterSummary(locals.db, result.input.chapter);
		if (found)
			chapter = {
				slug: found.slug,
				name: chapterName(found, locals.locale, await organisationName(locals.db, locals.locale))
			};
	}
	const nextParams = new URLSearchParams(url.searchParams);
	if (result.next) nextParams.set('after', String(result.next));
	return {
		entries: result.entries.map((e) => ({
			...e,
			countryName: countryName(e.country, locals.locale),
			languageNames: e.languages.map((l) => languageName(l, locals.locale))
		})),
		next: result.next ? `?${nextParams}` : null,
		paged: !!result.input.after,
		filters: {
			q: result.input.q ?? '',
			country: result.input.country ?? '',
			language: result.input.language ?? '',
			chapter: result.input.chapter ?? ''
		},
		chapter,
		countries: countryOptions(locals.locale),
		languages: languageOptions(locals.locale)
	};
};
