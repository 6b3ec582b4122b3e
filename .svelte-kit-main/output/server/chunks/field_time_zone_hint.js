import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/field_language.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_LanguageInputs */
var en_field_language = () => {
	return `Language of the site`;
};
var es_field_language = () => {
	return `Idioma del sitio`;
};
var ar_field_language = () => {
	return `لغة الموقع`;
};
/**
* | output |
* | --- |
* | "Language of the site" |
*
* @param {Field_LanguageInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_language = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_language(inputs);
	if (locale === "ar") return ar_field_language(inputs);
	return en_field_language(inputs);
});
// src/lib/paraglide/messages/field_time_zone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Time_ZoneInputs */
var en_field_time_zone = () => {
	return `Time zone`;
};
var es_field_time_zone = () => {
	return `Zona horaria`;
};
var ar_field_time_zone = () => {
	return `المنطقة الزمنية`;
};
/**
* | output |
* | --- |
* | "Time zone" |
*
* @param {Field_Time_ZoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_time_zone = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_time_zone(inputs);
	if (locale === "ar") return ar_field_time_zone(inputs);
	return en_field_time_zone(inputs);
});
// src/lib/paraglide/messages/field_time_zone_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ time: NonNullable<unknown> }} Field_Time_Zone_HintInputs */
var en_field_time_zone_hint = (i) => {
	return `Dates and deadlines are shown in this zone. It is now ${i?.time} there.`;
};
var es_field_time_zone_hint = (i) => {
	return `Las fechas y los plazos se muestran en esta zona. Allí son ahora las ${i?.time}.`;
};
var ar_field_time_zone_hint = (i) => {
	return `تُعرض التواريخ والمواعيد النهائية بتوقيت هذه المنطقة. الساعة هناك الآن ${i?.time}.`;
};
/**
* | output |
* | --- |
* | "Dates and deadlines are shown in this zone. It is now {time} there." |
*
* @param {Field_Time_Zone_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_time_zone_hint = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_time_zone_hint(inputs);
	if (locale === "ar") return ar_field_time_zone_hint(inputs);
	return en_field_time_zone_hint(inputs);
});
export { field_time_zone as n, field_language as r, field_time_zone_hint as t };
