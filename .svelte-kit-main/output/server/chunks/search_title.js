import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/search_kind_comment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Kind_CommentInputs */
var en_search_kind_comment = () => {
	return `Comment`;
};
var es_search_kind_comment = () => {
	return `Comentario`;
};
var ar_search_kind_comment = () => {
	return `تعليق`;
};
/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Search_Kind_CommentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var search_kind_comment = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_search_kind_comment(inputs);
	if (locale === "ar") return ar_search_kind_comment(inputs);
	return en_search_kind_comment(inputs);
});
// src/lib/paraglide/messages/search_kind_post.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Kind_PostInputs */
var en_search_kind_post = () => {
	return `Post`;
};
var es_search_kind_post = () => {
	return `Artículo`;
};
var ar_search_kind_post = () => {
	return `مقال`;
};
/**
* | output |
* | --- |
* | "Post" |
*
* @param {Search_Kind_PostInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var search_kind_post = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_search_kind_post(inputs);
	if (locale === "ar") return ar_search_kind_post(inputs);
	return en_search_kind_post(inputs);
});
// src/lib/paraglide/messages/search_kind_thread.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_Kind_ThreadInputs */
var en_search_kind_thread = () => {
	return `Forum thread`;
};
var es_search_kind_thread = () => {
	return `Hilo del foro`;
};
var ar_search_kind_thread = () => {
	return `موضوع في المنتدى`;
};
/**
* | output |
* | --- |
* | "Forum thread" |
*
* @param {Search_Kind_ThreadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var search_kind_thread = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_search_kind_thread(inputs);
	if (locale === "ar") return ar_search_kind_thread(inputs);
	return en_search_kind_thread(inputs);
});
// src/lib/paraglide/messages/search_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_LabelInputs */
var en_search_label = () => {
	return `Search posts, threads and comments`;
};
var es_search_label = () => {
	return `Buscar en artículos, hilos y comentarios`;
};
var ar_search_label = () => {
	return `ابحث في المقالات والمواضيع والتعليقات`;
};
/**
* | output |
* | --- |
* | "Search posts, threads and comments" |
*
* @param {Search_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var search_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_search_label(inputs);
	if (locale === "ar") return ar_search_label(inputs);
	return en_search_label(inputs);
});
// src/lib/paraglide/messages/search_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_NoneInputs */
var en_search_none = () => {
	return `Nothing found. Try other words.`;
};
var es_search_none = () => {
	return `No se ha encontrado nada. Prueba con otras palabras.`;
};
var ar_search_none = () => {
	return `لم يُعثر على شيء. جرّب كلمات أخرى.`;
};
/**
* | output |
* | --- |
* | "Nothing found. Try other words." |
*
* @param {Search_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var search_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_search_none(inputs);
	if (locale === "ar") return ar_search_none(inputs);
	return en_search_none(inputs);
});
// src/lib/paraglide/messages/search_results_for.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ q: NonNullable<unknown> }} Search_Results_ForInputs */
var en_search_results_for = (i) => {
	return `Results for “${i?.q}”`;
};
var es_search_results_for = (i) => {
	return `Resultados para «${i?.q}»`;
};
var ar_search_results_for = (i) => {
	return `نتائج البحث عن «${i?.q}»`;
};
/**
* | output |
* | --- |
* | "Results for “{q}”" |
*
* @param {Search_Results_ForInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var search_results_for = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_search_results_for(inputs);
	if (locale === "ar") return ar_search_results_for(inputs);
	return en_search_results_for(inputs);
});
// src/lib/paraglide/messages/search_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_SubmitInputs */
var en_search_submit = () => {
	return `Search`;
};
var es_search_submit = () => {
	return `Buscar`;
};
var ar_search_submit = () => {
	return `ابحث`;
};
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Search_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var search_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_search_submit(inputs);
	if (locale === "ar") return ar_search_submit(inputs);
	return en_search_submit(inputs);
});
// src/lib/paraglide/messages/search_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_TitleInputs */
var en_search_title = () => {
	return `Search`;
};
var es_search_title = () => {
	return `Buscar`;
};
var ar_search_title = () => {
	return `بحث`;
};
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Search_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var search_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_search_title(inputs);
	if (locale === "ar") return ar_search_title(inputs);
	return en_search_title(inputs);
});
export { search_label as a, search_kind_comment as c, search_none as i, search_submit as n, search_kind_thread as o, search_results_for as r, search_kind_post as s, search_title as t };
