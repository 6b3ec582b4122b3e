import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decision_register_more.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Register_MoreInputs */
var en_decision_register_more = () => {
	return `More`;
};
var es_decision_register_more = () => {
	return `Más`;
};
var ar_decision_register_more = () => {
	return `المزيد`;
};
/**
* | output |
* | --- |
* | "More" |
*
* @param {Decision_Register_MoreInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_register_more = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_register_more(inputs);
	if (locale === "ar") return ar_decision_register_more(inputs);
	return en_decision_register_more(inputs);
});
export { decision_register_more as t };
