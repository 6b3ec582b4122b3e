import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/settings_preferences.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Settings_PreferencesInputs */
var en_settings_preferences = () => {
	return `Language and time`;
};
var es_settings_preferences = () => {
	return `Idioma y hora`;
};
var ar_settings_preferences = () => {
	return `اللغة والوقت`;
};
/**
* | output |
* | --- |
* | "Language and time" |
*
* @param {Settings_PreferencesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var settings_preferences = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_settings_preferences(inputs);
	if (locale === "ar") return ar_settings_preferences(inputs);
	return en_settings_preferences(inputs);
});
export { settings_preferences as t };
