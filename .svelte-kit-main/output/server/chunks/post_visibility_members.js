import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/post_visibility_chapter.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Visibility_ChapterInputs */
var en_post_visibility_chapter = () => {
	return `Members of the chapter`;
};
var es_post_visibility_chapter = () => {
	return `Miembros del capítulo`;
};
var ar_post_visibility_chapter = () => {
	return `أعضاء الفرع`;
};
/**
* | output |
* | --- |
* | "Members of the chapter" |
*
* @param {Post_Visibility_ChapterInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_visibility_chapter = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_visibility_chapter(inputs);
	if (locale === "ar") return ar_post_visibility_chapter(inputs);
	return en_post_visibility_chapter(inputs);
});
// src/lib/paraglide/messages/post_visibility_members.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Visibility_MembersInputs */
var en_post_visibility_members = () => {
	return `Members only`;
};
var es_post_visibility_members = () => {
	return `Solo miembros`;
};
var ar_post_visibility_members = () => {
	return `الأعضاء فقط`;
};
/**
* | output |
* | --- |
* | "Members only" |
*
* @param {Post_Visibility_MembersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_visibility_members = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_visibility_members(inputs);
	if (locale === "ar") return ar_post_visibility_members(inputs);
	return en_post_visibility_members(inputs);
});
export { post_visibility_chapter as n, post_visibility_members as t };
