import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decision_new_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_New_TitleInputs */
var en_decision_new_title = () => {
	return `Propose a decision`;
};
var es_decision_new_title = () => {
	return `Proponer una decisión`;
};
var ar_decision_new_title = () => {
	return `اقترح قرارًا`;
};
/**
* | output |
* | --- |
* | "Propose a decision" |
*
* @param {Decision_New_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_new_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_new_title(inputs);
	if (locale === "ar") return ar_decision_new_title(inputs);
	return en_decision_new_title(inputs);
});
// src/lib/paraglide/messages/decision_new_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_New_LeadInputs */
var en_decision_new_lead = () => {
	return `Write the proposal, say who it affects and how it will be decided. It stays a draft, visible to you and your co-authors, until you submit it for discussion.`;
};
var es_decision_new_lead = () => {
	return `Redacta la propuesta, indica a quién afecta y cómo se decidirá. Seguirá siendo un borrador, visible solo para ti y las demás personas coautoras, hasta que la envíes a debate.`;
};
var ar_decision_new_lead = () => {
	return `اكتب المقترح، وبيّن مَن يمسّه وكيف سيُتّخذ القرار فيه. يبقى مسودة لا يراها إلا أنت والمشاركون في تأليفه، إلى أن تطرحه للنقاش.`;
};
/**
* | output |
* | --- |
* | "Write the proposal, say who it affects and how it will be decided. It stays a draft, visible to you and your co-authors, until you submit it for discussion." |
*
* @param {Decision_New_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_new_lead = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_new_lead(inputs);
	if (locale === "ar") return ar_decision_new_lead(inputs);
	return en_decision_new_lead(inputs);
});
export { decision_new_title as n, decision_new_lead as t };
