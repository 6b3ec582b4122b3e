import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/comment_body_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_Body_LabelInputs */
var en_comment_body_label = () => {
	return `Your comment`;
};
var es_comment_body_label = () => {
	return `Tu comentario`;
};
var ar_comment_body_label = () => {
	return `تعليقك`;
};
/**
* | output |
* | --- |
* | "Your comment" |
*
* @param {Comment_Body_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_body_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_body_label(inputs);
	if (locale === "ar") return ar_comment_body_label(inputs);
	return en_comment_body_label(inputs);
});
export { comment_body_label as t };
