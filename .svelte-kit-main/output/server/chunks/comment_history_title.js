import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/comment_history_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_History_TitleInputs */
var en_comment_history_title = () => {
	return `Versions of a comment`;
};
var es_comment_history_title = () => {
	return `Versiones de un comentario`;
};
var ar_comment_history_title = () => {
	return `نسخ التعليق`;
};
/**
* | output |
* | --- |
* | "Versions of a comment" |
*
* @param {Comment_History_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_history_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_history_title(inputs);
	if (locale === "ar") return ar_comment_history_title(inputs);
	return en_comment_history_title(inputs);
});
export { comment_history_title as t };
