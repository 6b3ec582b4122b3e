import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/feed_member.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Feed_MemberInputs */
var en_feed_member = (i) => {
	return `Posts by ${i?.name}`;
};
var es_feed_member = (i) => {
	return `Artículos de ${i?.name}`;
};
var ar_feed_member = (i) => {
	return `مقالات ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Posts by {name}" |
*
* @param {Feed_MemberInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var feed_member = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_feed_member(inputs);
	if (locale === "ar") return ar_feed_member(inputs);
	return en_feed_member(inputs);
});
// src/lib/paraglide/messages/post_draft_badge.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Draft_BadgeInputs */
var en_post_draft_badge = () => {
	return `Draft: only you can see it`;
};
var es_post_draft_badge = () => {
	return `Borrador: solo lo ves tú`;
};
var ar_post_draft_badge = () => {
	return `مسودة: لا يراها غيرك`;
};
/**
* | output |
* | --- |
* | "Draft: only you can see it" |
*
* @param {Post_Draft_BadgeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_draft_badge = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_draft_badge(inputs);
	if (locale === "ar") return ar_post_draft_badge(inputs);
	return en_post_draft_badge(inputs);
});
// src/lib/paraglide/messages/post_edit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_EditInputs */
var en_post_edit = () => {
	return `Edit`;
};
var es_post_edit = () => {
	return `Editar`;
};
var ar_post_edit = () => {
	return `تعديل`;
};
/**
* | output |
* | --- |
* | "Edit" |
*
* @param {Post_EditInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_edit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_edit(inputs);
	if (locale === "ar") return ar_post_edit(inputs);
	return en_post_edit(inputs);
});
// src/lib/paraglide/messages/post_in_chapter.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ chapter: NonNullable<unknown> }} Post_In_ChapterInputs */
var en_post_in_chapter = (i) => {
	return `in ${i?.chapter}`;
};
var es_post_in_chapter = (i) => {
	return `en ${i?.chapter}`;
};
var ar_post_in_chapter = (i) => {
	return `في ${i?.chapter}`;
};
/**
* | output |
* | --- |
* | "in {chapter}" |
*
* @param {Post_In_ChapterInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_in_chapter = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_in_chapter(inputs);
	if (locale === "ar") return ar_post_in_chapter(inputs);
	return en_post_in_chapter(inputs);
});
// src/lib/paraglide/messages/post_tags.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_TagsInputs */
var en_post_tags = () => {
	return `Tags`;
};
var es_post_tags = () => {
	return `Etiquetas`;
};
var ar_post_tags = () => {
	return `الوسوم`;
};
/**
* | output |
* | --- |
* | "Tags" |
*
* @param {Post_TagsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_tags = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_tags(inputs);
	if (locale === "ar") return ar_post_tags(inputs);
	return en_post_tags(inputs);
});
// src/lib/paraglide/messages/post_versions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Post_VersionsInputs */
var en_post_versions = (i) => {
	return `Versions (${i?.count})`;
};
var es_post_versions = (i) => {
	return `Versiones (${i?.count})`;
};
var ar_post_versions = (i) => {
	return `النسخ (${i?.count})`;
};
/**
* | output |
* | --- |
* | "Versions ({count})" |
*
* @param {Post_VersionsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_versions = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_versions(inputs);
	if (locale === "ar") return ar_post_versions(inputs);
	return en_post_versions(inputs);
});
export { post_draft_badge as a, post_edit as i, post_tags as n, feed_member as o, post_in_chapter as r, post_versions as t };
