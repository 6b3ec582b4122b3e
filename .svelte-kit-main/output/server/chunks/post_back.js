import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/post_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_BackInputs */
var en_post_back = () => {
	return `Back`;
};
var es_post_back = () => {
	return `Volver`;
};
var ar_post_back = () => {
	return `رجوع`;
};
/**
* | output |
* | --- |
* | "Back" |
*
* @param {Post_BackInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_back = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_back(inputs);
	if (locale === "ar") return ar_post_back(inputs);
	return en_post_back(inputs);
});
export { post_back as t };
