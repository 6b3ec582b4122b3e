import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/nav_join.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_JoinInputs */
var en_nav_join = () => {
	return `Join`;
};
var es_nav_join = () => {
	return `Unirse`;
};
var ar_nav_join = () => {
	return `الانضمام`;
};
/**
* | output |
* | --- |
* | "Join" |
*
* @param {Nav_JoinInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var nav_join = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_nav_join(inputs);
	if (locale === "ar") return ar_nav_join(inputs);
	return en_nav_join(inputs);
});
export { nav_join as t };
