import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/post_markdown_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Markdown_HintInputs */
var en_post_markdown_hint = () => {
	return `Markdown: **bold**, *italic*, [link](https://…), lists, tables, - [ ] tasks. Mention someone with @handle.`;
};
var es_post_markdown_hint = () => {
	return `Markdown: **negrita**, *cursiva*, [enlace](https://…), listas, tablas, - [ ] tareas. Menciona a alguien con @usuario.`;
};
var ar_post_markdown_hint = () => {
	return `ماركداون: **غامق**، *مائل*، [رابط](https://…)، قوائم، جداول، - [ ] مهام. اذكر شخصًا بكتابة @اسم_المستخدم.`;
};
/**
* | output |
* | --- |
* | "Markdown: **bold**, *italic*, [link](https://…), lists, tables, - [ ] tasks. Mention someone with @handle." |
*
* @param {Post_Markdown_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_markdown_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_markdown_hint(inputs);
	if (locale === "ar") return ar_post_markdown_hint(inputs);
	return en_post_markdown_hint(inputs);
});
export { post_markdown_hint as t };
