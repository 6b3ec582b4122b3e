import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decision_reminders_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Reminders_TitleInputs */
var en_decision_reminders_title = () => {
	return `Not voted yet`;
};
var es_decision_reminders_title = () => {
	return `Aún no han votado`;
};
var ar_decision_reminders_title = () => {
	return `لم يصوّتوا بعد`;
};
/**
* | output |
* | --- |
* | "Not voted yet" |
*
* @param {Decision_Reminders_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_reminders_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_reminders_title(inputs);
	if (locale === "ar") return ar_decision_reminders_title(inputs);
	return en_decision_reminders_title(inputs);
});
// src/lib/paraglide/messages/decision_reminders_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Reminders_LeadInputs */
var en_decision_reminders_lead = () => {
	return `Eligible members who have not voted. Nobody is told how anyone voted.`;
};
var es_decision_reminders_lead = () => {
	return `Miembros con derecho a voto que aún no han votado. No se revela a nadie cómo ha votado nadie.`;
};
var ar_decision_reminders_lead = () => {
	return `الأعضاء الذين يحق لهم التصويت ولم يصوّتوا بعد. لا يُكشف لأحد كيف صوّت أي عضو.`;
};
/**
* | output |
* | --- |
* | "Eligible members who have not voted. Nobody is told how anyone voted." |
*
* @param {Decision_Reminders_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_reminders_lead = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_reminders_lead(inputs);
	if (locale === "ar") return ar_decision_reminders_lead(inputs);
	return en_decision_reminders_lead(inputs);
});
// src/lib/paraglide/messages/decision_reminders_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Reminders_NoneInputs */
var en_decision_reminders_none = () => {
	return `Everyone eligible has voted.`;
};
var es_decision_reminders_none = () => {
	return `Han votado todos los miembros con derecho a voto.`;
};
var ar_decision_reminders_none = () => {
	return `صوّت جميع من يحق لهم التصويت.`;
};
/**
* | output |
* | --- |
* | "Everyone eligible has voted." |
*
* @param {Decision_Reminders_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_reminders_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_reminders_none(inputs);
	if (locale === "ar") return ar_decision_reminders_none(inputs);
	return en_decision_reminders_none(inputs);
});
export { decision_reminders_lead as n, decision_reminders_title as r, decision_reminders_none as t };
