import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/post_edit_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Edit_TitleInputs */
var en_post_edit_title = () => {
	return `Edit the post`;
};
var es_post_edit_title = () => {
	return `Editar el artículo`;
};
var ar_post_edit_title = () => {
	return `تعديل المقال`;
};
/**
* | output |
* | --- |
* | "Edit the post" |
*
* @param {Post_Edit_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_edit_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_edit_title(inputs);
	if (locale === "ar") return ar_post_edit_title(inputs);
	return en_post_edit_title(inputs);
});
export { post_edit_title as t };
