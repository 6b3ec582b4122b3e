import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/field_password.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_PasswordInputs */
var en_field_password = () => {
	return `Password`;
};
var es_field_password = () => {
	return `Contraseña`;
};
var ar_field_password = () => {
	return `كلمة المرور`;
};
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Field_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_password = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_password(inputs);
	if (locale === "ar") return ar_field_password(inputs);
	return en_field_password(inputs);
});
export { field_password as t };
