import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/reset_new_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_New_TitleInputs */
var en_reset_new_title = () => {
	return `Choose a new password`;
};
var es_reset_new_title = () => {
	return `Elige una contraseña nueva`;
};
var ar_reset_new_title = () => {
	return `اختيار كلمة مرور جديدة`;
};
/**
* | output |
* | --- |
* | "Choose a new password" |
*
* @param {Reset_New_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var reset_new_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_reset_new_title(inputs);
	if (locale === "ar") return ar_reset_new_title(inputs);
	return en_reset_new_title(inputs);
});
// src/lib/paraglide/messages/reset_new_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_New_SubmitInputs */
var en_reset_new_submit = () => {
	return `Save the new password`;
};
var es_reset_new_submit = () => {
	return `Guardar la nueva contraseña`;
};
var ar_reset_new_submit = () => {
	return `حفظ كلمة المرور الجديدة`;
};
/**
* | output |
* | --- |
* | "Save the new password" |
*
* @param {Reset_New_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var reset_new_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_reset_new_submit(inputs);
	if (locale === "ar") return ar_reset_new_submit(inputs);
	return en_reset_new_submit(inputs);
});
export { reset_new_title as n, reset_new_submit as t };
