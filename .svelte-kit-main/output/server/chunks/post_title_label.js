import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/post_body_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Body_LabelInputs */
var en_post_body_label = () => {
	return `Text`;
};
var es_post_body_label = () => {
	return `Texto`;
};
var ar_post_body_label = () => {
	return `النص`;
};
/**
* | output |
* | --- |
* | "Text" |
*
* @param {Post_Body_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_body_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_body_label(inputs);
	if (locale === "ar") return ar_post_body_label(inputs);
	return en_post_body_label(inputs);
});
// src/lib/paraglide/messages/post_language_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Language_LabelInputs */
var en_post_language_label = () => {
	return `Language of the text`;
};
var es_post_language_label = () => {
	return `Idioma del texto`;
};
var ar_post_language_label = () => {
	return `لغة النص`;
};
/**
* | output |
* | --- |
* | "Language of the text" |
*
* @param {Post_Language_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_language_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_language_label(inputs);
	if (locale === "ar") return ar_post_language_label(inputs);
	return en_post_language_label(inputs);
});
// src/lib/paraglide/messages/post_title_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Title_LabelInputs */
var en_post_title_label = () => {
	return `Title`;
};
var es_post_title_label = () => {
	return `Título`;
};
var ar_post_title_label = () => {
	return `العنوان`;
};
/**
* | output |
* | --- |
* | "Title" |
*
* @param {Post_Title_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_title_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_title_label(inputs);
	if (locale === "ar") return ar_post_title_label(inputs);
	return en_post_title_label(inputs);
});
export { post_language_label as n, post_body_label as r, post_title_label as t };
