import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/nav_logout.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_LogoutInputs */
var en_nav_logout = () => {
	return `Log out`;
};
var es_nav_logout = () => {
	return `Cerrar sesión`;
};
var ar_nav_logout = () => {
	return `تسجيل الخروج`;
};
/**
* | output |
* | --- |
* | "Log out" |
*
* @param {Nav_LogoutInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var nav_logout = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_nav_logout(inputs);
	if (locale === "ar") return ar_nav_logout(inputs);
	return en_nav_logout(inputs);
});
export { nav_logout as t };
