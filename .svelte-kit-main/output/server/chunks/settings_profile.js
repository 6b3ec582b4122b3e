import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/settings_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Settings_ProfileInputs */
var en_settings_profile = () => {
	return `Profile`;
};
var es_settings_profile = () => {
	return `Perfil`;
};
var ar_settings_profile = () => {
	return `الملف الشخصي`;
};
/**
* | output |
* | --- |
* | "Profile" |
*
* @param {Settings_ProfileInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var settings_profile = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_settings_profile(inputs);
	if (locale === "ar") return ar_settings_profile(inputs);
	return en_settings_profile(inputs);
});
export { settings_profile as t };
