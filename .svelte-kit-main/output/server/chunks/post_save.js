import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/post_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_SaveInputs */
var en_post_save = () => {
	return `Save`;
};
var es_post_save = () => {
	return `Guardar`;
};
var ar_post_save = () => {
	return `احفظ`;
};
/**
* | output |
* | --- |
* | "Save" |
*
* @param {Post_SaveInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_save = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_save(inputs);
	if (locale === "ar") return ar_post_save(inputs);
	return en_post_save(inputs);
});
export { post_save as t };
