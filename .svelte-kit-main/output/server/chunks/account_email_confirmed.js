import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/account_email_confirm_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Email_Confirm_TitleInputs */
var en_account_email_confirm_title = () => {
	return `Confirm your new address`;
};
var es_account_email_confirm_title = () => {
	return `Confirma tu nueva dirección`;
};
var ar_account_email_confirm_title = () => {
	return `تأكيد عنوانك الجديد`;
};
/**
* | output |
* | --- |
* | "Confirm your new address" |
*
* @param {Account_Email_Confirm_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_email_confirm_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_email_confirm_title(inputs);
	if (locale === "ar") return ar_account_email_confirm_title(inputs);
	return en_account_email_confirm_title(inputs);
});
// src/lib/paraglide/messages/account_email_confirm_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Email_Confirm_SubmitInputs */
var en_account_email_confirm_submit = () => {
	return `Use this address`;
};
var es_account_email_confirm_submit = () => {
	return `Usar esta dirección`;
};
var ar_account_email_confirm_submit = () => {
	return `استخدام هذا العنوان`;
};
/**
* | output |
* | --- |
* | "Use this address" |
*
* @param {Account_Email_Confirm_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_email_confirm_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_email_confirm_submit(inputs);
	if (locale === "ar") return ar_account_email_confirm_submit(inputs);
	return en_account_email_confirm_submit(inputs);
});
// src/lib/paraglide/messages/account_email_confirmed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Email_ConfirmedInputs */
var en_account_email_confirmed = () => {
	return `Your e-mail address has been changed.`;
};
var es_account_email_confirmed = () => {
	return `Tu correo electrónico se ha cambiado.`;
};
var ar_account_email_confirmed = () => {
	return `تم تغيير عنوان بريدك الإلكتروني.`;
};
/**
* | output |
* | --- |
* | "Your e-mail address has been changed." |
*
* @param {Account_Email_ConfirmedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_email_confirmed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_email_confirmed(inputs);
	if (locale === "ar") return ar_account_email_confirmed(inputs);
	return en_account_email_confirmed(inputs);
});
export { account_email_confirm_submit as n, account_email_confirm_title as r, account_email_confirmed as t };
