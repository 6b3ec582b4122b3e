import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/comment_login_to_comment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_Login_To_CommentInputs */
var en_comment_login_to_comment = () => {
	return `Log in to take part`;
};
var es_comment_login_to_comment = () => {
	return `Inicia sesión para participar`;
};
var ar_comment_login_to_comment = () => {
	return `سجّل الدخول للمشاركة`;
};
/**
* | output |
* | --- |
* | "Log in to take part" |
*
* @param {Comment_Login_To_CommentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_login_to_comment = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_login_to_comment(inputs);
	if (locale === "ar") return ar_comment_login_to_comment(inputs);
	return en_comment_login_to_comment(inputs);
});
export { comment_login_to_comment as t };
