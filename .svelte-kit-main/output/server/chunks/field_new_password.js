import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/field_new_password.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_New_PasswordInputs */
var en_field_new_password = () => {
	return `New password`;
};
var es_field_new_password = () => {
	return `Nueva contraseña`;
};
var ar_field_new_password = () => {
	return `كلمة المرور الجديدة`;
};
/**
* | output |
* | --- |
* | "New password" |
*
* @param {Field_New_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_new_password = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_new_password(inputs);
	if (locale === "ar") return ar_field_new_password(inputs);
	return en_field_new_password(inputs);
});
export { field_new_password as t };
