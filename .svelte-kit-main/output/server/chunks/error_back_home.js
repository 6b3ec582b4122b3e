import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/error_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ status: NonNullable<unknown> }} Error_TitleInputs */
var en_error_title = (i) => {
	return `Error ${i?.status}`;
};
var es_error_title = (i) => {
	return `Error ${i?.status}`;
};
var ar_error_title = (i) => {
	return `خطأ ${i?.status}`;
};
/**
* | output |
* | --- |
* | "Error {status}" |
*
* @param {Error_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_title = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_title(inputs);
	if (locale === "ar") return ar_error_title(inputs);
	return en_error_title(inputs);
});
// src/lib/paraglide/messages/error_reference.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ id: NonNullable<unknown> }} Error_ReferenceInputs */
var en_error_reference = (i) => {
	return `Reference: ${i?.id}`;
};
var es_error_reference = (i) => {
	return `Referencia: ${i?.id}`;
};
var ar_error_reference = (i) => {
	return `المرجع: ${i?.id}`;
};
/**
* | output |
* | --- |
* | "Reference: {id}" |
*
* @param {Error_ReferenceInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_reference = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_reference(inputs);
	if (locale === "ar") return ar_error_reference(inputs);
	return en_error_reference(inputs);
});
// src/lib/paraglide/messages/error_back_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Back_HomeInputs */
var en_error_back_home = () => {
	return `Back to the home page`;
};
var es_error_back_home = () => {
	return `Volver a la página de inicio`;
};
var ar_error_back_home = () => {
	return `العودة إلى الصفحة الرئيسية`;
};
/**
* | output |
* | --- |
* | "Back to the home page" |
*
* @param {Error_Back_HomeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_back_home = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_back_home(inputs);
	if (locale === "ar") return ar_error_back_home(inputs);
	return en_error_back_home(inputs);
});
export { error_reference as n, error_title as r, error_back_home as t };
