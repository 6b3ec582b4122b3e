import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/settings_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Settings_AccountInputs */
var en_settings_account = () => {
	return `Account and security`;
};
var es_settings_account = () => {
	return `Cuenta y seguridad`;
};
var ar_settings_account = () => {
	return `الحساب والأمان`;
};
/**
* | output |
* | --- |
* | "Account and security" |
*
* @param {Settings_AccountInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var settings_account = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_settings_account(inputs);
	if (locale === "ar") return ar_settings_account(inputs);
	return en_settings_account(inputs);
});
export { settings_account as t };
