import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/glance_year.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_YearInputs */
var en_glance_year = () => {
	return `Year`;
};
var es_glance_year = () => {
	return `Año`;
};
var ar_glance_year = () => {
	return `السنة`;
};
/**
* | output |
* | --- |
* | "Year" |
*
* @param {Glance_YearInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_year = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_year(inputs);
	if (locale === "ar") return ar_glance_year(inputs);
	return en_glance_year(inputs);
});
// src/lib/paraglide/messages/glance_joined.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_JoinedInputs */
var en_glance_joined = () => {
	return `Joined`;
};
var es_glance_joined = () => {
	return `Se unieron`;
};
var ar_glance_joined = () => {
	return `انضموا`;
};
/**
* | output |
* | --- |
* | "Joined" |
*
* @param {Glance_JoinedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_joined = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_joined(inputs);
	if (locale === "ar") return ar_glance_joined(inputs);
	return en_glance_joined(inputs);
});
// src/lib/paraglide/messages/glance_total.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_TotalInputs */
var en_glance_total = () => {
	return `Total`;
};
var es_glance_total = () => {
	return `Acumulado`;
};
var ar_glance_total = () => {
	return `المجموع`;
};
/**
* | output |
* | --- |
* | "Total" |
*
* @param {Glance_TotalInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_total = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_total(inputs);
	if (locale === "ar") return ar_glance_total(inputs);
	return en_glance_total(inputs);
});
export { glance_joined as n, glance_year as r, glance_total as t };
