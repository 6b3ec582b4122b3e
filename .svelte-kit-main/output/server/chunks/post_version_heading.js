import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/post_version_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ version: NonNullable<unknown>, date: NonNullable<unknown> }} Post_Version_HeadingInputs */
var en_post_version_heading = (i) => {
	return `Version ${i?.version}, ${i?.date}`;
};
var es_post_version_heading = (i) => {
	return `Versión ${i?.version}, ${i?.date}`;
};
var ar_post_version_heading = (i) => {
	return `النسخة ${i?.version}، ${i?.date}`;
};
/**
* | output |
* | --- |
* | "Version {version}, {date}" |
*
* @param {Post_Version_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_version_heading = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_version_heading(inputs);
	if (locale === "ar") return ar_post_version_heading(inputs);
	return en_post_version_heading(inputs);
});
export { post_version_heading as t };
