import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/reset_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_TitleInputs */
var en_reset_title = () => {
	return `Reset your password`;
};
var es_reset_title = () => {
	return `Restablecer tu contraseña`;
};
var ar_reset_title = () => {
	return `إعادة تعيين كلمة المرور`;
};
/**
* | output |
* | --- |
* | "Reset your password" |
*
* @param {Reset_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var reset_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_reset_title(inputs);
	if (locale === "ar") return ar_reset_title(inputs);
	return en_reset_title(inputs);
});
// src/lib/paraglide/messages/reset_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_TextInputs */
var en_reset_text = () => {
	return `Enter your e-mail address and we will send you a link to choose a new password.`;
};
var es_reset_text = () => {
	return `Escribe tu correo electrónico y te enviaremos un enlace para elegir una contraseña nueva.`;
};
var ar_reset_text = () => {
	return `أدخل عنوان بريدك الإلكتروني وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.`;
};
/**
* | output |
* | --- |
* | "Enter your e-mail address and we will send you a link to choose a new password." |
*
* @param {Reset_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var reset_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_reset_text(inputs);
	if (locale === "ar") return ar_reset_text(inputs);
	return en_reset_text(inputs);
});
// src/lib/paraglide/messages/reset_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_SubmitInputs */
var en_reset_submit = () => {
	return `Send the link`;
};
var es_reset_submit = () => {
	return `Enviar el enlace`;
};
var ar_reset_submit = () => {
	return `إرسال الرابط`;
};
/**
* | output |
* | --- |
* | "Send the link" |
*
* @param {Reset_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var reset_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_reset_submit(inputs);
	if (locale === "ar") return ar_reset_submit(inputs);
	return en_reset_submit(inputs);
});
// src/lib/paraglide/messages/reset_sent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Reset_SentInputs */
var en_reset_sent = () => {
	return `If an account uses that address, a link to reset the password is on its way. It works for one hour.`;
};
var es_reset_sent = () => {
	return `Si hay una cuenta con esa dirección, ya va en camino un enlace para restablecer la contraseña. Funciona durante una hora.`;
};
var ar_reset_sent = () => {
	return `إن كان هناك حساب يستخدم هذا العنوان، فإن رابطًا لإعادة تعيين كلمة المرور في طريقه إليه. يبقى الرابط صالحًا لمدة ساعة واحدة.`;
};
/**
* | output |
* | --- |
* | "If an account uses that address, a link to reset the password is on its way. It works for one hour." |
*
* @param {Reset_SentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var reset_sent = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_reset_sent(inputs);
	if (locale === "ar") return ar_reset_sent(inputs);
	return en_reset_sent(inputs);
});
export { reset_title as i, reset_submit as n, reset_text as r, reset_sent as t };
