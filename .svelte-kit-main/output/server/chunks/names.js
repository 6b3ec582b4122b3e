import { t as countryName } from "./countries.js";
// src/lib/server/chapters/names.ts
/** A chapter's name in a language: the organisation's name, a country's name, or the city as typed. */
function chapterName(chapter, locale, orgName) {
	if (chapter.kind === "organisation") return orgName;
	if (chapter.kind === "country" && chapter.country) return countryName(chapter.country, locale);
	return chapter.name;
}
export { chapterName as t };
