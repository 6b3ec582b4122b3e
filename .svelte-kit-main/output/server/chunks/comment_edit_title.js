import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/comment_cancel.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_CancelInputs */
var en_comment_cancel = () => {
	return `Cancel`;
};
var es_comment_cancel = () => {
	return `Cancelar`;
};
var ar_comment_cancel = () => {
	return `إلغاء`;
};
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {Comment_CancelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_cancel = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_cancel(inputs);
	if (locale === "ar") return ar_comment_cancel(inputs);
	return en_comment_cancel(inputs);
});
// src/lib/paraglide/messages/comment_edit_kept.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_Edit_KeptInputs */
var en_comment_edit_kept = () => {
	return `Earlier versions stay readable by everyone.`;
};
var es_comment_edit_kept = () => {
	return `Las versiones anteriores siguen siendo visibles para todo el mundo.`;
};
var ar_comment_edit_kept = () => {
	return `تبقى النسخ السابقة متاحة للجميع.`;
};
/**
* | output |
* | --- |
* | "Earlier versions stay readable by everyone." |
*
* @param {Comment_Edit_KeptInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_edit_kept = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_edit_kept(inputs);
	if (locale === "ar") return ar_comment_edit_kept(inputs);
	return en_comment_edit_kept(inputs);
});
// src/lib/paraglide/messages/comment_edit_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_Edit_TitleInputs */
var en_comment_edit_title = () => {
	return `Edit your comment`;
};
var es_comment_edit_title = () => {
	return `Editar tu comentario`;
};
var ar_comment_edit_title = () => {
	return `تعديل تعليقك`;
};
/**
* | output |
* | --- |
* | "Edit your comment" |
*
* @param {Comment_Edit_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_edit_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_edit_title(inputs);
	if (locale === "ar") return ar_comment_edit_title(inputs);
	return en_comment_edit_title(inputs);
});
export { comment_edit_kept as n, comment_cancel as r, comment_edit_title as t };
