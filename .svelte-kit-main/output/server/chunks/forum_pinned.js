import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/forum_locked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_LockedInputs */
var en_forum_locked = () => {
	return `Locked`;
};
var es_forum_locked = () => {
	return `Cerrado`;
};
var ar_forum_locked = () => {
	return `مغلق`;
};
/**
* | output |
* | --- |
* | "Locked" |
*
* @param {Forum_LockedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_locked = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_locked(inputs);
	if (locale === "ar") return ar_forum_locked(inputs);
	return en_forum_locked(inputs);
});
// src/lib/paraglide/messages/forum_pinned.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_PinnedInputs */
var en_forum_pinned = () => {
	return `Pinned`;
};
var es_forum_pinned = () => {
	return `Fijado`;
};
var ar_forum_pinned = () => {
	return `مثبّت`;
};
/**
* | output |
* | --- |
* | "Pinned" |
*
* @param {Forum_PinnedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_pinned = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_pinned(inputs);
	if (locale === "ar") return ar_forum_pinned(inputs);
	return en_forum_pinned(inputs);
});
export { forum_locked as n, forum_pinned as t };
