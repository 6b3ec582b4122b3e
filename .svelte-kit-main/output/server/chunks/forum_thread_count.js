import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/forum_chapters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_ChaptersInputs */
var en_forum_chapters = () => {
	return `Chapter forums`;
};
var es_forum_chapters = () => {
	return `Foros de los capítulos`;
};
var ar_forum_chapters = () => {
	return `منتديات الفروع`;
};
/**
* | output |
* | --- |
* | "Chapter forums" |
*
* @param {Forum_ChaptersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_chapters = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_chapters(inputs);
	if (locale === "ar") return ar_forum_chapters(inputs);
	return en_forum_chapters(inputs);
});
// src/lib/paraglide/messages/forum_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_IntroInputs */
var en_forum_intro = () => {
	return `Discussions of the whole organisation and of each chapter.`;
};
var es_forum_intro = () => {
	return `Debates de toda la organización y de cada capítulo.`;
};
var ar_forum_intro = () => {
	return `نقاشات المنظمة كلها ونقاشات كل فرع.`;
};
/**
* | output |
* | --- |
* | "Discussions of the whole organisation and of each chapter." |
*
* @param {Forum_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_intro = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_intro(inputs);
	if (locale === "ar") return ar_forum_intro(inputs);
	return en_forum_intro(inputs);
});
// src/lib/paraglide/messages/forum_organisation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_OrganisationInputs */
var en_forum_organisation = () => {
	return `The whole organisation`;
};
var es_forum_organisation = () => {
	return `Toda la organización`;
};
var ar_forum_organisation = () => {
	return `المنظمة كلها`;
};
/**
* | output |
* | --- |
* | "The whole organisation" |
*
* @param {Forum_OrganisationInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_organisation = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_organisation(inputs);
	if (locale === "ar") return ar_forum_organisation(inputs);
	return en_forum_organisation(inputs);
});
// src/lib/paraglide/messages/forum_thread_count.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Forum_Thread_CountInputs */
var en_forum_thread_count = (i) => {
	return `Threads: ${i?.count}`;
};
var es_forum_thread_count = (i) => {
	return `Hilos: ${i?.count}`;
};
var ar_forum_thread_count = (i) => {
	return `المواضيع: ${i?.count}`;
};
/**
* | output |
* | --- |
* | "Threads: {count}" |
*
* @param {Forum_Thread_CountInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_thread_count = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_thread_count(inputs);
	if (locale === "ar") return ar_forum_thread_count(inputs);
	return en_forum_thread_count(inputs);
});
export { forum_chapters as i, forum_organisation as n, forum_intro as r, forum_thread_count as t };
