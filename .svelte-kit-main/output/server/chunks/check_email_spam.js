import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/check_email_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Check_Email_TitleInputs */
var en_check_email_title = () => {
	return `Check your e-mail`;
};
var es_check_email_title = () => {
	return `Revisa tu correo`;
};
var ar_check_email_title = () => {
	return `تفقّد بريدك الإلكتروني`;
};
/**
* | output |
* | --- |
* | "Check your e-mail" |
*
* @param {Check_Email_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var check_email_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_check_email_title(inputs);
	if (locale === "ar") return ar_check_email_title(inputs);
	return en_check_email_title(inputs);
});
// src/lib/paraglide/messages/check_email_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Check_Email_TextInputs */
var en_check_email_text = () => {
	return `We have sent you a link to confirm your address. Open it to finish joining.`;
};
var es_check_email_text = () => {
	return `Te hemos enviado un enlace para confirmar tu dirección. Ábrelo para terminar de unirte.`;
};
var ar_check_email_text = () => {
	return `أرسلنا إليك رابطًا لتأكيد عنوانك. افتحه لإتمام الانضمام.`;
};
/**
* | output |
* | --- |
* | "We have sent you a link to confirm your address. Open it to finish joining." |
*
* @param {Check_Email_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var check_email_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_check_email_text(inputs);
	if (locale === "ar") return ar_check_email_text(inputs);
	return en_check_email_text(inputs);
});
// src/lib/paraglide/messages/check_email_spam.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Check_Email_SpamInputs */
var en_check_email_spam = () => {
	return `Nothing after a few minutes? Look in your spam folder, or ask for a new link.`;
};
var es_check_email_spam = () => {
	return `¿No ha llegado nada después de unos minutos? Mira en tu carpeta de correo no deseado o pide un enlace nuevo.`;
};
var ar_check_email_spam = () => {
	return `لم يصلك شيء بعد بضع دقائق؟ ابحث في مجلد الرسائل غير المرغوب فيها، أو اطلب رابطًا جديدًا.`;
};
/**
* | output |
* | --- |
* | "Nothing after a few minutes? Look in your spam folder, or ask for a new link." |
*
* @param {Check_Email_SpamInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var check_email_spam = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_check_email_spam(inputs);
	if (locale === "ar") return ar_check_email_spam(inputs);
	return en_check_email_spam(inputs);
});
export { check_email_text as n, check_email_title as r, check_email_spam as t };
