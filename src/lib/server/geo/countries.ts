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
