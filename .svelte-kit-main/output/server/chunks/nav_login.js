import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/nav_login.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_LoginInputs */
var en_nav_login = () => {
	return `Log in`;
};
var es_nav_login = () => {
	return `Iniciar sesión`;
};
var ar_nav_login = () => {
	return `تسجيل الدخول`;
};
/**
* | output |
* | --- |
* | "Log in" |
*
* @param {Nav_LoginInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var nav_login = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_nav_login(inputs);
	if (locale === "ar") return ar_nav_login(inputs);
	return en_nav_login(inputs);
});
export { nav_login as t };
