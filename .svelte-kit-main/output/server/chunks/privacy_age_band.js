import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/privacy_gender.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_GenderInputs */
var en_privacy_gender = () => {
	return `Gender`;
};
var es_privacy_gender = () => {
	return `Género`;
};
var ar_privacy_gender = () => {
	return `النوع الاجتماعي`;
};
/**
* | output |
* | --- |
* | "Gender" |
*
* @param {Privacy_GenderInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_gender = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_gender(inputs);
	if (locale === "ar") return ar_privacy_gender(inputs);
	return en_privacy_gender(inputs);
});
// src/lib/paraglide/messages/privacy_gender_f.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_Gender_FInputs */
var en_privacy_gender_f = () => {
	return `Woman`;
};
var es_privacy_gender_f = () => {
	return `Mujer`;
};
var ar_privacy_gender_f = () => {
	return `امرأة`;
};
/**
* | output |
* | --- |
* | "Woman" |
*
* @param {Privacy_Gender_FInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_gender_f = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_gender_f(inputs);
	if (locale === "ar") return ar_privacy_gender_f(inputs);
	return en_privacy_gender_f(inputs);
});
// src/lib/paraglide/messages/privacy_gender_m.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_Gender_MInputs */
var en_privacy_gender_m = () => {
	return `Man`;
};
var es_privacy_gender_m = () => {
	return `Hombre`;
};
var ar_privacy_gender_m = () => {
	return `رجل`;
};
/**
* | output |
* | --- |
* | "Man" |
*
* @param {Privacy_Gender_MInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_gender_m = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_gender_m(inputs);
	if (locale === "ar") return ar_privacy_gender_m(inputs);
	return en_privacy_gender_m(inputs);
});
// src/lib/paraglide/messages/privacy_gender_x.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_Gender_XInputs */
var en_privacy_gender_x = () => {
	return `Another gender`;
};
var es_privacy_gender_x = () => {
	return `Otro género`;
};
var ar_privacy_gender_x = () => {
	return `نوع اجتماعي آخر`;
};
/**
* | output |
* | --- |
* | "Another gender" |
*
* @param {Privacy_Gender_XInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_gender_x = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_gender_x(inputs);
	if (locale === "ar") return ar_privacy_gender_x(inputs);
	return en_privacy_gender_x(inputs);
});
// src/lib/paraglide/messages/privacy_age_band.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_Age_BandInputs */
var en_privacy_age_band = () => {
	return `Age`;
};
var es_privacy_age_band = () => {
	return `Edad`;
};
var ar_privacy_age_band = () => {
	return `العمر`;
};
/**
* | output |
* | --- |
* | "Age" |
*
* @param {Privacy_Age_BandInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_age_band = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_age_band(inputs);
	if (locale === "ar") return ar_privacy_age_band(inputs);
	return en_privacy_age_band(inputs);
});
export { privacy_gender as a, privacy_gender_f as i, privacy_gender_x as n, privacy_gender_m as r, privacy_age_band as t };
