import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/field_email.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_EmailInputs */
var en_field_email = () => {
	return `E-mail address`;
};
var es_field_email = () => {
	return `Correo electrónico`;
};
var ar_field_email = () => {
	return `عنوان البريد الإلكتروني`;
};
/**
* | output |
* | --- |
* | "E-mail address" |
*
* @param {Field_EmailInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_email = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_email(inputs);
	if (locale === "ar") return ar_field_email(inputs);
	return en_field_email(inputs);
});
export { field_email as t };
