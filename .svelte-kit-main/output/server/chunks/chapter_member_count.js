import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/chapter_list_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ threshold: NonNullable<unknown> }} Chapter_List_IntroInputs */
var en_chapter_list_intro = (i) => {
	return `The organisation is a federation of chapters: countries and regions, and local chapters in them. A chapter is active when it has at least ${i?.threshold} active members.`;
};
var es_chapter_list_intro = (i) => {
	return `La organización es una federación de capítulos: países y regiones, y capítulos locales dentro de ellos. Un capítulo está activo cuando tiene al menos ${i?.threshold} miembros activos.`;
};
var ar_chapter_list_intro = (i) => {
	return `المنظمة اتحاد من الفروع: دول ومناطق، وفروع محلية داخلها. يكون الفرع نشطًا عندما يضم ${i?.threshold} أعضاء نشطين على الأقل.`;
};
/**
* | output |
* | --- |
* | "The organisation is a federation of chapters: countries and regions, and local chapters in them. A chapter is active when it has at least {threshold} active ..." |
*
* @param {Chapter_List_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_list_intro = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_list_intro(inputs);
	if (locale === "ar") return ar_chapter_list_intro(inputs);
	return en_chapter_list_intro(inputs);
});
// src/lib/paraglide/messages/chapter_list_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_List_EmptyInputs */
var en_chapter_list_empty = () => {
	return `There are no chapters yet. Join, and the first one is yours.`;
};
var es_chapter_list_empty = () => {
	return `Aún no hay capítulos. Únete y el primero será tuyo.`;
};
var ar_chapter_list_empty = () => {
	return `لا توجد فروع بعد. انضم، وسيكون الفرع الأول لك.`;
};
/**
* | output |
* | --- |
* | "There are no chapters yet. Join, and the first one is yours." |
*
* @param {Chapter_List_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_list_empty = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_list_empty(inputs);
	if (locale === "ar") return ar_chapter_list_empty(inputs);
	return en_chapter_list_empty(inputs);
});
// src/lib/paraglide/messages/chapter_member_count.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Chapter_Member_CountInputs */
var en_chapter_member_count = (i) => {
	return `Members: ${i?.count}`;
};
var es_chapter_member_count = (i) => {
	return `Miembros: ${i?.count}`;
};
var ar_chapter_member_count = (i) => {
	return `الأعضاء: ${i?.count}`;
};
/**
* | output |
* | --- |
* | "Members: {count}" |
*
* @param {Chapter_Member_CountInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_member_count = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_member_count(inputs);
	if (locale === "ar") return ar_chapter_member_count(inputs);
	return en_chapter_member_count(inputs);
});
export { chapter_list_empty as n, chapter_list_intro as r, chapter_member_count as t };
