import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/settings_nav_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Settings_Nav_LabelInputs */
var en_settings_nav_label = () => {
	return `Settings`;
};
var es_settings_nav_label = () => {
	return `Ajustes`;
};
var ar_settings_nav_label = () => {
	return `الإعدادات`;
};
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Settings_Nav_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var settings_nav_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_settings_nav_label(inputs);
	if (locale === "ar") return ar_settings_nav_label(inputs);
	return en_settings_nav_label(inputs);
});
export { settings_nav_label as t };
