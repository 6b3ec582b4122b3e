import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/field_password_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Password_HintInputs */
var en_field_password_hint = () => {
	return `At least 10 characters. A few unrelated words make a strong password.`;
};
var es_field_password_hint = () => {
	return `Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura.`;
};
var ar_field_password_hint = () => {
	return `10 أحرف على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية.`;
};
/**
* | output |
* | --- |
* | "At least 10 characters. A few unrelated words make a strong password." |
*
* @param {Field_Password_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_password_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_password_hint(inputs);
	if (locale === "ar") return ar_field_password_hint(inputs);
	return en_field_password_hint(inputs);
});
export { field_password_hint as t };
