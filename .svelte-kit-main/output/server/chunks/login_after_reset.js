import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/login_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_TitleInputs */
var en_login_title = () => {
	return `Log in`;
};
var es_login_title = () => {
	return `Iniciar sesión`;
};
var ar_login_title = () => {
	return `تسجيل الدخول`;
};
/**
* | output |
* | --- |
* | "Log in" |
*
* @param {Login_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var login_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_login_title(inputs);
	if (locale === "ar") return ar_login_title(inputs);
	return en_login_title(inputs);
});
// src/lib/paraglide/messages/login_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_SubmitInputs */
var en_login_submit = () => {
	return `Log in`;
};
var es_login_submit = () => {
	return `Iniciar sesión`;
};
var ar_login_submit = () => {
	return `تسجيل الدخول`;
};
/**
* | output |
* | --- |
* | "Log in" |
*
* @param {Login_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var login_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_login_submit(inputs);
	if (locale === "ar") return ar_login_submit(inputs);
	return en_login_submit(inputs);
});
// src/lib/paraglide/messages/login_forgot.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_ForgotInputs */
var en_login_forgot = () => {
	return `Forgot your password?`;
};
var es_login_forgot = () => {
	return `¿Olvidaste tu contraseña?`;
};
var ar_login_forgot = () => {
	return `نسيت كلمة المرور؟`;
};
/**
* | output |
* | --- |
* | "Forgot your password?" |
*
* @param {Login_ForgotInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var login_forgot = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_login_forgot(inputs);
	if (locale === "ar") return ar_login_forgot(inputs);
	return en_login_forgot(inputs);
});
// src/lib/paraglide/messages/login_no_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_No_AccountInputs */
var en_login_no_account = () => {
	return `Not a member yet?`;
};
var es_login_no_account = () => {
	return `¿Todavía no eres miembro?`;
};
var ar_login_no_account = () => {
	return `لست عضوًا بعد؟`;
};
/**
* | output |
* | --- |
* | "Not a member yet?" |
*
* @param {Login_No_AccountInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var login_no_account = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_login_no_account(inputs);
	if (locale === "ar") return ar_login_no_account(inputs);
	return en_login_no_account(inputs);
});
// src/lib/paraglide/messages/login_verified.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_VerifiedInputs */
var en_login_verified = () => {
	return `Your address is confirmed. You can log in now.`;
};
var es_login_verified = () => {
	return `Tu dirección está confirmada. Ya puedes iniciar sesión.`;
};
var ar_login_verified = () => {
	return `تم تأكيد عنوانك. يمكنك تسجيل الدخول الآن.`;
};
/**
* | output |
* | --- |
* | "Your address is confirmed. You can log in now." |
*
* @param {Login_VerifiedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var login_verified = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_login_verified(inputs);
	if (locale === "ar") return ar_login_verified(inputs);
	return en_login_verified(inputs);
});
// src/lib/paraglide/messages/login_after_reset.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_After_ResetInputs */
var en_login_after_reset = () => {
	return `Your password has been changed. Log in with the new one.`;
};
var es_login_after_reset = () => {
	return `Tu contraseña se ha cambiado. Inicia sesión con la nueva.`;
};
var ar_login_after_reset = () => {
	return `تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.`;
};
/**
* | output |
* | --- |
* | "Your password has been changed. Log in with the new one." |
*
* @param {Login_After_ResetInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var login_after_reset = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_login_after_reset(inputs);
	if (locale === "ar") return ar_login_after_reset(inputs);
	return en_login_after_reset(inputs);
});
export { login_submit as a, login_forgot as i, login_verified as n, login_title as o, login_no_account as r, login_after_reset as t };
