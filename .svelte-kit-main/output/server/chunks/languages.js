// src/lib/server/geo/languages.ts
/**
* Languages a member can say they speak (ISO 639-1). A fixed list keeps the form short and
* the directory filter meaningful; names come from the runtime's CLDR data in each locale.
*/
var LANGUAGE_CODES = [
	"af",
	"am",
	"ar",
	"bg",
	"bn",
	"ca",
	"cs",
	"da",
	"de",
	"el",
	"en",
	"eo",
	"es",
	"et",
	"eu",
	"fa",
	"fi",
	"fil",
	"fr",
	"ga",
	"gl",
	"gu",
	"ha",
	"he",
	"hi",
	"hr",
	"hu",
	"hy",
	"id",
	"ig",
	"is",
	"it",
	"ja",
	"ka",
	"kk",
	"km",
	"kn",
	"ko",
	"ku",
	"lt",
	"lv",
	"mk",
	"ml",
	"mn",
	"mr",
	"ms",
	"my",
	"ne",
	"nl",
	"no",
	"pa",
	"pl",
	"ps",
	"pt",
	"qu",
	"ro",
	"ru",
	"si",
	"sk",
	"sl",
	"so",
	"sq",
	"sr",
	"sv",
	"sw",
	"ta",
	"te",
	"th",
	"tl",
	"tr",
	"uk",
	"ur",
	"uz",
	"vi",
	"wo",
	"xh",
	"yo",
	"zh",
	"zu"
];
var known = new Set(LANGUAGE_CODES);
function isLanguageCode(code) {
	return known.has(code);
}
var cache = /* @__PURE__ */ new Map();
function languageOptions(locale) {
	let list = cache.get(locale);
	if (!list) {
		const names = new Intl.DisplayNames([locale], { type: "language" });
		const collator = new Intl.Collator(locale);
		list = LANGUAGE_CODES.map((code) => ({
			code,
			name: names.of(code) ?? code
		})).sort((a, b) => collator.compare(a.name, b.name));
		cache.set(locale, list);
	}
	return list;
}
function languageName(code, locale) {
	return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
}
export { languageName as n, languageOptions as r, isLanguageCode as t };
