import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/settings_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Settings_SavedInputs */
var en_settings_saved = () => {
	return `Saved.`;
};
var es_settings_saved = () => {
	return `Guardado.`;
};
var ar_settings_saved = () => {
	return `تم الحفظ.`;
};
/**
* | output |
* | --- |
* | "Saved." |
*
* @param {Settings_SavedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var settings_saved = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_settings_saved(inputs);
	if (locale === "ar") return ar_settings_saved(inputs);
	return en_settings_saved(inputs);
});
export { settings_saved as t };
