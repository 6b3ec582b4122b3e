import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/verify_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_TitleInputs */
var en_verify_title = () => {
	return `Confirm your e-mail address`;
};
var es_verify_title = () => {
	return `Confirma tu correo electrónico`;
};
var ar_verify_title = () => {
	return `تأكيد عنوان بريدك الإلكتروني`;
};
/**
* | output |
* | --- |
* | "Confirm your e-mail address" |
*
* @param {Verify_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var verify_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_verify_title(inputs);
	if (locale === "ar") return ar_verify_title(inputs);
	return en_verify_title(inputs);
});
// src/lib/paraglide/messages/verify_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_TextInputs */
var en_verify_text = () => {
	return `One click and your membership is ready.`;
};
var es_verify_text = () => {
	return `Un clic y tu membresía estará lista.`;
};
var ar_verify_text = () => {
	return `نقرة واحدة وتصبح عضويتك جاهزة.`;
};
/**
* | output |
* | --- |
* | "One click and your membership is ready." |
*
* @param {Verify_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var verify_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_verify_text(inputs);
	if (locale === "ar") return ar_verify_text(inputs);
	return en_verify_text(inputs);
});
// src/lib/paraglide/messages/verify_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Verify_SubmitInputs */
var en_verify_submit = () => {
	return `Confirm my address`;
};
var es_verify_submit = () => {
	return `Confirmar mi dirección`;
};
var ar_verify_submit = () => {
	return `تأكيد عنواني`;
};
/**
* | output |
* | --- |
* | "Confirm my address" |
*
* @param {Verify_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var verify_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_verify_submit(inputs);
	if (locale === "ar") return ar_verify_submit(inputs);
	return en_verify_submit(inputs);
});
export { verify_text as n, verify_title as r, verify_submit as t };
