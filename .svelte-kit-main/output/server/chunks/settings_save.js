import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/settings_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Settings_SaveInputs */
var en_settings_save = () => {
	return `Save`;
};
var es_settings_save = () => {
	return `Guardar`;
};
var ar_settings_save = () => {
	return `حفظ`;
};
/**
* | output |
* | --- |
* | "Save" |
*
* @param {Settings_SaveInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var settings_save = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_settings_save(inputs);
	if (locale === "ar") return ar_settings_save(inputs);
	return en_settings_save(inputs);
});
export { settings_save as t };
