import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/feed_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Feed_LinkInputs */
var en_feed_link = () => {
	return `Atom feed`;
};
var es_feed_link = () => {
	return `Canal Atom`;
};
var ar_feed_link = () => {
	return `موجز Atom`;
};
/**
* | output |
* | --- |
* | "Atom feed" |
*
* @param {Feed_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var feed_link = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_feed_link(inputs);
	if (locale === "ar") return ar_feed_link(inputs);
	return en_feed_link(inputs);
});
export { feed_link as t };
