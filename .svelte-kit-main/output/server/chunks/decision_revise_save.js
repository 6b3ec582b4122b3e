import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decision_field_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_NoteInputs */
var en_decision_field_note = () => {
	return `What changed`;
};
var es_decision_field_note = () => {
	return `Qué ha cambiado`;
};
var ar_decision_field_note = () => {
	return `ما الذي تغيّر`;
};
/**
* | output |
* | --- |
* | "What changed" |
*
* @param {Decision_Field_NoteInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_note = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_note(inputs);
	if (locale === "ar") return ar_decision_field_note(inputs);
	return en_decision_field_note(inputs);
});
// src/lib/paraglide/messages/decision_field_note_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Note_HintInputs */
var en_decision_field_note_hint = () => {
	return `A short note kept with this version.`;
};
var es_decision_field_note_hint = () => {
	return `Una nota breve que se guarda con esta versión.`;
};
var ar_decision_field_note_hint = () => {
	return `ملاحظة قصيرة تُحفظ مع هذه النسخة.`;
};
/**
* | output |
* | --- |
* | "A short note kept with this version." |
*
* @param {Decision_Field_Note_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_note_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_note_hint(inputs);
	if (locale === "ar") return ar_decision_field_note_hint(inputs);
	return en_decision_field_note_hint(inputs);
});
// src/lib/paraglide/messages/decision_edit_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Edit_TitleInputs */
var en_decision_edit_title = () => {
	return `Edit the proposal`;
};
var es_decision_edit_title = () => {
	return `Editar la propuesta`;
};
var ar_decision_edit_title = () => {
	return `عدّل المقترح`;
};
/**
* | output |
* | --- |
* | "Edit the proposal" |
*
* @param {Decision_Edit_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_edit_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_edit_title(inputs);
	if (locale === "ar") return ar_decision_edit_title(inputs);
	return en_decision_edit_title(inputs);
});
// src/lib/paraglide/messages/decision_revise_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ version: NonNullable<unknown> }} Decision_Revise_LeadInputs */
var en_decision_revise_lead = (i) => {
	return `Saving makes version ${i?.version}; every earlier version is kept, with a readable difference.`;
};
var es_decision_revise_lead = (i) => {
	return `Al guardar se crea la versión ${i?.version}; todas las versiones anteriores se conservan, con las diferencias a la vista.`;
};
var ar_decision_revise_lead = (i) => {
	return `يُنشئ الحفظ النسخة ${i?.version}؛ وتُحفظ كل النسخ السابقة، مع عرض واضح للفروق بينها.`;
};
/**
* | output |
* | --- |
* | "Saving makes version {version}; every earlier version is kept, with a readable difference." |
*
* @param {Decision_Revise_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_revise_lead = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_revise_lead(inputs);
	if (locale === "ar") return ar_decision_revise_lead(inputs);
	return en_decision_revise_lead(inputs);
});
// src/lib/paraglide/messages/decision_revise_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Revise_SaveInputs */
var en_decision_revise_save = () => {
	return `Save the new version`;
};
var es_decision_revise_save = () => {
	return `Guardar la nueva versión`;
};
var ar_decision_revise_save = () => {
	return `احفظ النسخة الجديدة`;
};
/**
* | output |
* | --- |
* | "Save the new version" |
*
* @param {Decision_Revise_SaveInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_revise_save = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_revise_save(inputs);
	if (locale === "ar") return ar_decision_revise_save(inputs);
	return en_decision_revise_save(inputs);
});
export { decision_field_note as a, decision_field_note_hint as i, decision_revise_lead as n, decision_edit_title as r, decision_revise_save as t };
