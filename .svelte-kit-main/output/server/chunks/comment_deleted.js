import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/comment_deleted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_DeletedInputs */
var en_comment_deleted = () => {
	return `This comment was deleted by its author.`;
};
var es_comment_deleted = () => {
	return `Su autor o autora borró este comentario.`;
};
var ar_comment_deleted = () => {
	return `حذف كاتب هذا التعليق تعليقه.`;
};
/**
* | output |
* | --- |
* | "This comment was deleted by its author." |
*
* @param {Comment_DeletedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_deleted = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_deleted(inputs);
	if (locale === "ar") return ar_comment_deleted(inputs);
	return en_comment_deleted(inputs);
});
export { comment_deleted as t };
