import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decision_secret_ballot.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Secret_BallotInputs */
var en_decision_secret_ballot = () => {
	return `Secret ballot`;
};
var es_decision_secret_ballot = () => {
	return `Voto secreto`;
};
var ar_decision_secret_ballot = () => {
	return `اقتراع سري`;
};
/**
* | output |
* | --- |
* | "Secret ballot" |
*
* @param {Decision_Secret_BallotInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_secret_ballot = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_secret_ballot(inputs);
	if (locale === "ar") return ar_decision_secret_ballot(inputs);
	return en_decision_secret_ballot(inputs);
});
// src/lib/paraglide/messages/decision_stage_runoff.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Stage_RunoffInputs */
var en_decision_stage_runoff = () => {
	return `Compromise run-off`;
};
var es_decision_stage_runoff = () => {
	return `Segunda vuelta de compromiso`;
};
var ar_decision_stage_runoff = () => {
	return `جولة إعادة على حل وسط`;
};
/**
* | output |
* | --- |
* | "Compromise run-off" |
*
* @param {Decision_Stage_RunoffInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_stage_runoff = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_stage_runoff(inputs);
	if (locale === "ar") return ar_decision_stage_runoff(inputs);
	return en_decision_stage_runoff(inputs);
});
export { decision_secret_ballot as n, decision_stage_runoff as t };
