import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decision_versions_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Versions_TitleInputs */
var en_decision_versions_title = () => {
	return `Versions of the text`;
};
var es_decision_versions_title = () => {
	return `Versiones del texto`;
};
var ar_decision_versions_title = () => {
	return `نسخ النص`;
};
/**
* | output |
* | --- |
* | "Versions of the text" |
*
* @param {Decision_Versions_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_versions_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_versions_title(inputs);
	if (locale === "ar") return ar_decision_versions_title(inputs);
	return en_decision_versions_title(inputs);
});
// src/lib/paraglide/messages/decision_versions_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Versions_FromInputs */
var en_decision_versions_from = () => {
	return `From`;
};
var es_decision_versions_from = () => {
	return `Desde`;
};
var ar_decision_versions_from = () => {
	return `من`;
};
/**
* | output |
* | --- |
* | "From" |
*
* @param {Decision_Versions_FromInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_versions_from = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_versions_from(inputs);
	if (locale === "ar") return ar_decision_versions_from(inputs);
	return en_decision_versions_from(inputs);
});
// src/lib/paraglide/messages/decision_versions_to.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Versions_ToInputs */
var en_decision_versions_to = () => {
	return `To`;
};
var es_decision_versions_to = () => {
	return `Hasta`;
};
var ar_decision_versions_to = () => {
	return `إلى`;
};
/**
* | output |
* | --- |
* | "To" |
*
* @param {Decision_Versions_ToInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_versions_to = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_versions_to(inputs);
	if (locale === "ar") return ar_decision_versions_to(inputs);
	return en_decision_versions_to(inputs);
});
// src/lib/paraglide/messages/decision_versions_compare.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Versions_CompareInputs */
var en_decision_versions_compare = () => {
	return `Compare`;
};
var es_decision_versions_compare = () => {
	return `Comparar`;
};
var ar_decision_versions_compare = () => {
	return `قارن`;
};
/**
* | output |
* | --- |
* | "Compare" |
*
* @param {Decision_Versions_CompareInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_versions_compare = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_versions_compare(inputs);
	if (locale === "ar") return ar_decision_versions_compare(inputs);
	return en_decision_versions_compare(inputs);
});
// src/lib/paraglide/messages/decision_versions_diff.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Decision_Versions_DiffInputs */
var en_decision_versions_diff = (i) => {
	return `Changes from version ${i?.from} to version ${i?.to}`;
};
var es_decision_versions_diff = (i) => {
	return `Cambios de la versión ${i?.from} a la versión ${i?.to}`;
};
var ar_decision_versions_diff = (i) => {
	return `التغييرات من النسخة ${i?.from} إلى النسخة ${i?.to}`;
};
/**
* | output |
* | --- |
* | "Changes from version {from} to version {to}" |
*
* @param {Decision_Versions_DiffInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_versions_diff = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_versions_diff(inputs);
	if (locale === "ar") return ar_decision_versions_diff(inputs);
	return en_decision_versions_diff(inputs);
});
// src/lib/paraglide/messages/decision_versions_list.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Versions_ListInputs */
var en_decision_versions_list = () => {
	return `All versions`;
};
var es_decision_versions_list = () => {
	return `Todas las versiones`;
};
var ar_decision_versions_list = () => {
	return `كل النسخ`;
};
/**
* | output |
* | --- |
* | "All versions" |
*
* @param {Decision_Versions_ListInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_versions_list = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_versions_list(inputs);
	if (locale === "ar") return ar_decision_versions_list(inputs);
	return en_decision_versions_list(inputs);
});
// src/lib/paraglide/messages/decision_version_from_amendment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ id: NonNullable<unknown> }} Decision_Version_From_AmendmentInputs */
var en_decision_version_from_amendment = (i) => {
	return `amendment ${i?.id}`;
};
var es_decision_version_from_amendment = (i) => {
	return `enmienda ${i?.id}`;
};
var ar_decision_version_from_amendment = (i) => {
	return `التعديل ${i?.id}`;
};
/**
* | output |
* | --- |
* | "amendment {id}" |
*
* @param {Decision_Version_From_AmendmentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_version_from_amendment = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_version_from_amendment(inputs);
	if (locale === "ar") return ar_decision_version_from_amendment(inputs);
	return en_decision_version_from_amendment(inputs);
});
export { decision_versions_to as a, decision_versions_compare as i, decision_versions_list as n, decision_versions_from as o, decision_versions_diff as r, decision_versions_title as s, decision_version_from_amendment as t };
