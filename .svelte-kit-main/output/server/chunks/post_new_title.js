import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/post_new_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_New_TitleInputs */
var en_post_new_title = () => {
	return `Write a post`;
};
var es_post_new_title = () => {
	return `Escribir un artículo`;
};
var ar_post_new_title = () => {
	return `اكتب مقالًا`;
};
/**
* | output |
* | --- |
* | "Write a post" |
*
* @param {Post_New_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_new_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_new_title(inputs);
	if (locale === "ar") return ar_post_new_title(inputs);
	return en_post_new_title(inputs);
});
export { post_new_title as t };
