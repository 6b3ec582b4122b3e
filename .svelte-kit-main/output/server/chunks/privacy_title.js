import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/privacy_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_TitleInputs */
var en_privacy_title = () => {
	return `Privacy`;
};
var es_privacy_title = () => {
	return `Privacidad`;
};
var ar_privacy_title = () => {
	return `الخصوصية`;
};
/**
* | output |
* | --- |
* | "Privacy" |
*
* @param {Privacy_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_title(inputs);
	if (locale === "ar") return ar_privacy_title(inputs);
	return en_privacy_title(inputs);
});
export { privacy_title as t };
