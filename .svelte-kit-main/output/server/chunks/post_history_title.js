import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/post_history_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_History_TitleInputs */
var en_post_history_title = () => {
	return `Earlier versions`;
};
var es_post_history_title = () => {
	return `Versiones anteriores`;
};
var ar_post_history_title = () => {
	return `النسخ السابقة`;
};
/**
* | output |
* | --- |
* | "Earlier versions" |
*
* @param {Post_History_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_history_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_history_title(inputs);
	if (locale === "ar") return ar_post_history_title(inputs);
	return en_post_history_title(inputs);
});
export { post_history_title as t };
