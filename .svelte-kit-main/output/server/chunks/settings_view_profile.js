import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/settings_view_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Settings_View_ProfileInputs */
var en_settings_view_profile = () => {
	return `See my public profile`;
};
var es_settings_view_profile = () => {
	return `Ver mi perfil público`;
};
var ar_settings_view_profile = () => {
	return `عرض ملفي الشخصي العام`;
};
/**
* | output |
* | --- |
* | "See my public profile" |
*
* @param {Settings_View_ProfileInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var settings_view_profile = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_settings_view_profile(inputs);
	if (locale === "ar") return ar_settings_view_profile(inputs);
	return en_settings_view_profile(inputs);
});
export { settings_view_profile as t };
