import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decision_version_n.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ n: NonNullable<unknown> }} Decision_Version_NInputs */
var en_decision_version_n = (i) => {
	return `Version ${i?.n}`;
};
var es_decision_version_n = (i) => {
	return `Versión ${i?.n}`;
};
var ar_decision_version_n = (i) => {
	return `النسخة ${i?.n}`;
};
/**
* | output |
* | --- |
* | "Version {n}" |
*
* @param {Decision_Version_NInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_version_n = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_version_n(inputs);
	if (locale === "ar") return ar_decision_version_n(inputs);
	return en_decision_version_n(inputs);
});
// src/lib/paraglide/messages/diff_added.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Diff_AddedInputs */
var en_diff_added = () => {
	return `added:`;
};
var es_diff_added = () => {
	return `añadido:`;
};
var ar_diff_added = () => {
	return `أُضيف:`;
};
/**
* | output |
* | --- |
* | "added:" |
*
* @param {Diff_AddedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var diff_added = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_diff_added(inputs);
	if (locale === "ar") return ar_diff_added(inputs);
	return en_diff_added(inputs);
});
// src/lib/paraglide/messages/diff_removed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Diff_RemovedInputs */
var en_diff_removed = () => {
	return `removed:`;
};
var es_diff_removed = () => {
	return `eliminado:`;
};
var ar_diff_removed = () => {
	return `حُذف:`;
};
/**
* | output |
* | --- |
* | "removed:" |
*
* @param {Diff_RemovedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var diff_removed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_diff_removed(inputs);
	if (locale === "ar") return ar_diff_removed(inputs);
	return en_diff_removed(inputs);
});
export { diff_added as n, decision_version_n as r, diff_removed as t };
