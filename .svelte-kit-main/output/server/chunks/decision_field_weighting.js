import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decision_form_secrecy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Form_SecrecyInputs */
var en_decision_form_secrecy = () => {
	return `Ballot`;
};
var es_decision_form_secrecy = () => {
	return `Voto`;
};
var ar_decision_form_secrecy = () => {
	return `الاقتراع`;
};
/**
* | output |
* | --- |
* | "Ballot" |
*
* @param {Decision_Form_SecrecyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_form_secrecy = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_form_secrecy(inputs);
	if (locale === "ar") return ar_decision_form_secrecy(inputs);
	return en_decision_form_secrecy(inputs);
});
// src/lib/paraglide/messages/decision_field_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_TitleInputs */
var en_decision_field_title = () => {
	return `Title`;
};
var es_decision_field_title = () => {
	return `Título`;
};
var ar_decision_field_title = () => {
	return `العنوان`;
};
/**
* | output |
* | --- |
* | "Title" |
*
* @param {Decision_Field_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_title(inputs);
	if (locale === "ar") return ar_decision_field_title(inputs);
	return en_decision_field_title(inputs);
});
// src/lib/paraglide/messages/decision_field_method.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_MethodInputs */
var en_decision_field_method = () => {
	return `Counting method for options`;
};
var es_decision_field_method = () => {
	return `Método de recuento de las opciones`;
};
var ar_decision_field_method = () => {
	return `طريقة فرز الخيارات`;
};
/**
* | output |
* | --- |
* | "Counting method for options" |
*
* @param {Decision_Field_MethodInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_method = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_method(inputs);
	if (locale === "ar") return ar_decision_field_method(inputs);
	return en_decision_field_method(inputs);
});
// src/lib/paraglide/messages/decision_field_options.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_OptionsInputs */
var en_decision_field_options = () => {
	return `Options`;
};
var es_decision_field_options = () => {
	return `Opciones`;
};
var ar_decision_field_options = () => {
	return `الخيارات`;
};
/**
* | output |
* | --- |
* | "Options" |
*
* @param {Decision_Field_OptionsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_options = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_options(inputs);
	if (locale === "ar") return ar_decision_field_options(inputs);
	return en_decision_field_options(inputs);
});
// src/lib/paraglide/messages/decision_field_threshold.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_ThresholdInputs */
var en_decision_field_threshold = () => {
	return `Threshold`;
};
var es_decision_field_threshold = () => {
	return `Umbral`;
};
var ar_decision_field_threshold = () => {
	return `النسبة المطلوبة`;
};
/**
* | output |
* | --- |
* | "Threshold" |
*
* @param {Decision_Field_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_threshold = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_threshold(inputs);
	if (locale === "ar") return ar_decision_field_threshold(inputs);
	return en_decision_field_threshold(inputs);
});
// src/lib/paraglide/messages/decision_field_quorum.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_QuorumInputs */
var en_decision_field_quorum = () => {
	return `Quorum`;
};
var es_decision_field_quorum = () => {
	return `Quórum`;
};
var ar_decision_field_quorum = () => {
	return `النصاب`;
};
/**
* | output |
* | --- |
* | "Quorum" |
*
* @param {Decision_Field_QuorumInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_quorum = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_quorum(inputs);
	if (locale === "ar") return ar_decision_field_quorum(inputs);
	return en_decision_field_quorum(inputs);
});
// src/lib/paraglide/messages/decision_field_max_blocks.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Max_BlocksInputs */
var en_decision_field_max_blocks = () => {
	return `Blocks tolerated`;
};
var es_decision_field_max_blocks = () => {
	return `Bloqueos tolerados`;
};
var ar_decision_field_max_blocks = () => {
	return `عدد الاعتراضات المانعة المقبول`;
};
/**
* | output |
* | --- |
* | "Blocks tolerated" |
*
* @param {Decision_Field_Max_BlocksInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_max_blocks = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_max_blocks(inputs);
	if (locale === "ar") return ar_decision_field_max_blocks(inputs);
	return en_decision_field_max_blocks(inputs);
});
// src/lib/paraglide/messages/decision_field_weighting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_WeightingInputs */
var en_decision_field_weighting = () => {
	return `Weighting`;
};
var es_decision_field_weighting = () => {
	return `Ponderación`;
};
var ar_decision_field_weighting = () => {
	return `الترجيح`;
};
/**
* | output |
* | --- |
* | "Weighting" |
*
* @param {Decision_Field_WeightingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_weighting = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_weighting(inputs);
	if (locale === "ar") return ar_decision_field_weighting(inputs);
	return en_decision_field_weighting(inputs);
});
export { decision_field_options as a, decision_form_secrecy as c, decision_field_threshold as i, decision_field_max_blocks as n, decision_field_method as o, decision_field_quorum as r, decision_field_title as s, decision_field_weighting as t };
