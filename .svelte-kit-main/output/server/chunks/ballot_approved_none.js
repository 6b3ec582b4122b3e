import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/ballot_approved_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Approved_NoneInputs */
var en_ballot_approved_none = () => {
	return `None approved`;
};
var es_ballot_approved_none = () => {
	return `Ninguna aprobada`;
};
var ar_ballot_approved_none = () => {
	return `لم يُوافَق على أي خيار`;
};
/**
* | output |
* | --- |
* | "None approved" |
*
* @param {Ballot_Approved_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_approved_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_approved_none(inputs);
	if (locale === "ar") return ar_ballot_approved_none(inputs);
	return en_ballot_approved_none(inputs);
});
export { ballot_approved_none as t };
