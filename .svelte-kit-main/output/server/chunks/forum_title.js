import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/forum_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_TitleInputs */
var en_forum_title = () => {
	return `Forums`;
};
var es_forum_title = () => {
	return `Foros`;
};
var ar_forum_title = () => {
	return `المنتديات`;
};
/**
* | output |
* | --- |
* | "Forums" |
*
* @param {Forum_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_title(inputs);
	if (locale === "ar") return ar_forum_title(inputs);
	return en_forum_title(inputs);
});
export { forum_title as t };
