import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/dev_mail_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dev_Mail_TitleInputs */
var en_dev_mail_title = () => {
	return `Development mailbox`;
};
var es_dev_mail_title = () => {
	return `Buzón de desarrollo`;
};
var ar_dev_mail_title = () => {
	return `صندوق بريد التطوير`;
};
/**
* | output |
* | --- |
* | "Development mailbox" |
*
* @param {Dev_Mail_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var dev_mail_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_dev_mail_title(inputs);
	if (locale === "ar") return ar_dev_mail_title(inputs);
	return en_dev_mail_title(inputs);
});
// src/lib/paraglide/messages/dev_mail_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dev_Mail_TextInputs */
var en_dev_mail_text = () => {
	return `No SMTP server is set, so mail the site would send is kept here. This page does not exist in production.`;
};
var es_dev_mail_text = () => {
	return `No hay ningún servidor SMTP configurado, así que los correos que enviaría el sitio se guardan aquí. Esta página no existe en producción.`;
};
var ar_dev_mail_text = () => {
	return `لم يُضبط أي خادم SMTP، لذلك تُحفظ هنا الرسائل التي كان الموقع سيرسلها. هذه الصفحة غير موجودة في بيئة الإنتاج.`;
};
/**
* | output |
* | --- |
* | "No SMTP server is set, so mail the site would send is kept here. This page does not exist in production." |
*
* @param {Dev_Mail_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var dev_mail_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_dev_mail_text(inputs);
	if (locale === "ar") return ar_dev_mail_text(inputs);
	return en_dev_mail_text(inputs);
});
// src/lib/paraglide/messages/dev_mail_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dev_Mail_EmptyInputs */
var en_dev_mail_empty = () => {
	return `No mail yet.`;
};
var es_dev_mail_empty = () => {
	return `Todavía no hay correos.`;
};
var ar_dev_mail_empty = () => {
	return `لا توجد رسائل بعد.`;
};
/**
* | output |
* | --- |
* | "No mail yet." |
*
* @param {Dev_Mail_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var dev_mail_empty = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_dev_mail_empty(inputs);
	if (locale === "ar") return ar_dev_mail_empty(inputs);
	return en_dev_mail_empty(inputs);
});
export { dev_mail_text as n, dev_mail_title as r, dev_mail_empty as t };
