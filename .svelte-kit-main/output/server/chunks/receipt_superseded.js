import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/receipt_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_TitleInputs */
var en_receipt_title = () => {
	return `Find a ballot by receipt`;
};
var es_receipt_title = () => {
	return `Buscar una papeleta con su comprobante`;
};
var ar_receipt_title = () => {
	return `البحث عن بطاقة اقتراع بالإيصال`;
};
/**
* | output |
* | --- |
* | "Find a ballot by receipt" |
*
* @param {Receipt_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var receipt_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_receipt_title(inputs);
	if (locale === "ar") return ar_receipt_title(inputs);
	return en_receipt_title(inputs);
});
// src/lib/paraglide/messages/receipt_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_LeadInputs */
var en_receipt_lead = () => {
	return `Enter the receipt you were given when you voted, to see the ballot it belongs to among the published ones.`;
};
var es_receipt_lead = () => {
	return `Introduce el comprobante que recibiste al votar para ver, entre las papeletas publicadas, la que le corresponde.`;
};
var ar_receipt_lead = () => {
	return `أدخل الإيصال الذي حصلت عليه عند التصويت، لترى بطاقة الاقتراع المقابلة له بين البطاقات المنشورة.`;
};
/**
* | output |
* | --- |
* | "Enter the receipt you were given when you voted, to see the ballot it belongs to among the published ones." |
*
* @param {Receipt_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var receipt_lead = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_receipt_lead(inputs);
	if (locale === "ar") return ar_receipt_lead(inputs);
	return en_receipt_lead(inputs);
});
// src/lib/paraglide/messages/receipt_field.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_FieldInputs */
var en_receipt_field = () => {
	return `Receipt`;
};
var es_receipt_field = () => {
	return `Comprobante`;
};
var ar_receipt_field = () => {
	return `الإيصال`;
};
/**
* | output |
* | --- |
* | "Receipt" |
*
* @param {Receipt_FieldInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var receipt_field = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_receipt_field(inputs);
	if (locale === "ar") return ar_receipt_field(inputs);
	return en_receipt_field(inputs);
});
// src/lib/paraglide/messages/receipt_find.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_FindInputs */
var en_receipt_find = () => {
	return `Find`;
};
var es_receipt_find = () => {
	return `Buscar`;
};
var ar_receipt_find = () => {
	return `ابحث`;
};
/**
* | output |
* | --- |
* | "Find" |
*
* @param {Receipt_FindInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var receipt_find = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_receipt_find(inputs);
	if (locale === "ar") return ar_receipt_find(inputs);
	return en_receipt_find(inputs);
});
// src/lib/paraglide/messages/receipt_counted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ weight: NonNullable<unknown> }} Receipt_CountedInputs */
var en_receipt_counted = (i) => {
	return `This ballot was counted, with weight ${i?.weight}:`;
};
var es_receipt_counted = (i) => {
	return `Esta papeleta se contó, con un peso de ${i?.weight}:`;
};
var ar_receipt_counted = (i) => {
	return `احتُسبت بطاقة الاقتراع هذه بوزن ${i?.weight}:`;
};
/**
* | output |
* | --- |
* | "This ballot was counted, with weight {weight}:" |
*
* @param {Receipt_CountedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var receipt_counted = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_receipt_counted(inputs);
	if (locale === "ar") return ar_receipt_counted(inputs);
	return en_receipt_counted(inputs);
});
// src/lib/paraglide/messages/receipt_superseded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_SupersededInputs */
var en_receipt_superseded = () => {
	return `This ballot was replaced by a later vote from the same voter (which has its own receipt):`;
};
var es_receipt_superseded = () => {
	return `Esta papeleta se sustituyó por un voto posterior de la misma persona (que tiene su propio comprobante):`;
};
var ar_receipt_superseded = () => {
	return `حلّ محلّ بطاقة الاقتراع هذه صوتٌ لاحق من المصوّت نفسه (وله إيصاله الخاص):`;
};
/**
* | output |
* | --- |
* | "This ballot was replaced by a later vote from the same voter (which has its own receipt):" |
*
* @param {Receipt_SupersededInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var receipt_superseded = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_receipt_superseded(inputs);
	if (locale === "ar") return ar_receipt_superseded(inputs);
	return en_receipt_superseded(inputs);
});
export { receipt_lead as a, receipt_field as i, receipt_counted as n, receipt_title as o, receipt_find as r, receipt_superseded as t };
