import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/chapter_list_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_List_TitleInputs */
var en_chapter_list_title = () => {
	return `Chapters`;
};
var es_chapter_list_title = () => {
	return `Capítulos`;
};
var ar_chapter_list_title = () => {
	return `الفروع`;
};
/**
* | output |
* | --- |
* | "Chapters" |
*
* @param {Chapter_List_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_list_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_list_title(inputs);
	if (locale === "ar") return ar_chapter_list_title(inputs);
	return en_chapter_list_title(inputs);
});
// src/lib/paraglide/messages/chapter_active.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_ActiveInputs */
var en_chapter_active = () => {
	return `active`;
};
var es_chapter_active = () => {
	return `activo`;
};
var ar_chapter_active = () => {
	return `نشط`;
};
/**
* | output |
* | --- |
* | "active" |
*
* @param {Chapter_ActiveInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_active = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_active(inputs);
	if (locale === "ar") return ar_chapter_active(inputs);
	return en_chapter_active(inputs);
});
export { chapter_list_title as n, chapter_active as t };
