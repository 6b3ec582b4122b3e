import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/resend_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Resend_LinkInputs */
var en_resend_link = () => {
	return `Did not get the confirmation e-mail?`;
};
var es_resend_link = () => {
	return `¿No te ha llegado el correo de confirmación?`;
};
var ar_resend_link = () => {
	return `لم تصلك رسالة التأكيد؟`;
};
/**
* | output |
* | --- |
* | "Did not get the confirmation e-mail?" |
*
* @param {Resend_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var resend_link = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_resend_link(inputs);
	if (locale === "ar") return ar_resend_link(inputs);
	return en_resend_link(inputs);
});
export { resend_link as t };
