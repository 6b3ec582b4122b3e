import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';

countries.registerLocale(en);
countries.registerLocale(es);
countries.registerLocale(ar);

/** ISO 3166-1 alpha-2 codes, upper case. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

export function isCountryCode(code: string): boolean {
	return COUNTRY_CODES.has(code);
}

export function countryName(code: string, locale: string): string {
	return (
		countries.getName(code, locale, { select: 'official' }) ?? countries.getName(code, 'en') ?? code
	);
}

const cache = new Map<string, { code: string; name: string }[]>();

/** Every country with its name in the locale, sorted the way readers of that language sort. */
export function countryOptions(locale: string): { code: string; name: string }[] {
	let list = cache.get(locale);
	if (!list) {
		const collator = new Intl.Collator(locale);
		list = [...COUNTRY_CODES]
			.map((code) => ({ code, name: countries.getName(code, locale) ?? code }))
			.sort((a, b) => collator.compare(a.name, b.name));
		cache.set(locale, list);
	}
	return list;
}

/** A name's words, lower case and without accents, so "Perú" is found by "peru". */
const wordsOf = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

const nameWords = new Map<string, { code: string; words: Set<string> }[]>();

/**
 * The countries a search names: those with a name (in the locale or in English, official, short
 * or common) that holds every word of the query. A chapter shows its country by the reader's name
 * for it, which no index of the chapter's own words holds, so the site search finds it by code.
 */
export function countriesNamed(q: string, locale: string): string[] {
	const wanted = wordsOf(q);
	if (!wanted.length || wanted.length > 5) return [];
	let names = nameWords.get(locale);
	if (!names) {
		names = [];
		for (const code of COUNTRY_CODES)
			for (const lang of new Set([locale, 'en']))
				for (const name of countries.getName(code, lang, { select: 'all' }) ?? [])
					names.push({ code, words: new Set(wordsOf(name)) });
		nameWords.set(locale, names);
	}
	return [...new Set(names.filter((n) => wanted.every((w) => n.words.has(w))).map((n) => n.code))];
}
