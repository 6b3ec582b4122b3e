import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/ballot_cast.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_CastInputs */
var en_ballot_cast = () => {
	return `Vote`;
};
var es_ballot_cast = () => {
	return `Votar`;
};
var ar_ballot_cast = () => {
	return `صوّت`;
};
/**
* | output |
* | --- |
* | "Vote" |
*
* @param {Ballot_CastInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_cast = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_cast(inputs);
	if (locale === "ar") return ar_ballot_cast(inputs);
	return en_ballot_cast(inputs);
});
export { ballot_cast as t };
