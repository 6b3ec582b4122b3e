import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/resend_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Resend_TitleInputs */
var en_resend_title = () => {
	return `Send the confirmation link again`;
};
var es_resend_title = () => {
	return `Volver a enviar el enlace de confirmación`;
};
var ar_resend_title = () => {
	return `إعادة إرسال رابط التأكيد`;
};
/**
* | output |
* | --- |
* | "Send the confirmation link again" |
*
* @param {Resend_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var resend_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_resend_title(inputs);
	if (locale === "ar") return ar_resend_title(inputs);
	return en_resend_title(inputs);
});
// src/lib/paraglide/messages/resend_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Resend_TextInputs */
var en_resend_text = () => {
	return `Enter the address you joined with. If it still needs confirming, we will send a new link.`;
};
var es_resend_text = () => {
	return `Escribe la dirección con la que te uniste. Si todavía falta confirmarla, te enviaremos un enlace nuevo.`;
};
var ar_resend_text = () => {
	return `أدخل العنوان الذي انضممت به. إن كان لا يزال بحاجة إلى تأكيد، فسنرسل إليك رابطًا جديدًا.`;
};
/**
* | output |
* | --- |
* | "Enter the address you joined with. If it still needs confirming, we will send a new link." |
*
* @param {Resend_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var resend_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_resend_text(inputs);
	if (locale === "ar") return ar_resend_text(inputs);
	return en_resend_text(inputs);
});
// src/lib/paraglide/messages/resend_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Resend_SubmitInputs */
var en_resend_submit = () => {
	return `Send a new link`;
};
var es_resend_submit = () => {
	return `Enviar un enlace nuevo`;
};
var ar_resend_submit = () => {
	return `إرسال رابط جديد`;
};
/**
* | output |
* | --- |
* | "Send a new link" |
*
* @param {Resend_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var resend_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_resend_submit(inputs);
	if (locale === "ar") return ar_resend_submit(inputs);
	return en_resend_submit(inputs);
});
// src/lib/paraglide/messages/resend_sent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Resend_SentInputs */
var en_resend_sent = () => {
	return `If that address belongs to an unconfirmed account, a new link is on its way.`;
};
var es_resend_sent = () => {
	return `Si esa dirección pertenece a una cuenta sin confirmar, ya va en camino un enlace nuevo.`;
};
var ar_resend_sent = () => {
	return `إن كان هذا العنوان يخص حسابًا غير مؤكد، فإن رابطًا جديدًا في طريقه إليه.`;
};
/**
* | output |
* | --- |
* | "If that address belongs to an unconfirmed account, a new link is on its way." |
*
* @param {Resend_SentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var resend_sent = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_resend_sent(inputs);
	if (locale === "ar") return ar_resend_sent(inputs);
	return en_resend_sent(inputs);
});
export { resend_title as i, resend_submit as n, resend_text as r, resend_sent as t };
