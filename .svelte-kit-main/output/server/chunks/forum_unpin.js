import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/forum_lock.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_LockInputs */
var en_forum_lock = () => {
	return `Lock the thread`;
};
var es_forum_lock = () => {
	return `Cerrar el hilo`;
};
var ar_forum_lock = () => {
	return `أغلق الموضوع`;
};
/**
* | output |
* | --- |
* | "Lock the thread" |
*
* @param {Forum_LockInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_lock = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_lock(inputs);
	if (locale === "ar") return ar_forum_lock(inputs);
	return en_forum_lock(inputs);
});
// src/lib/paraglide/messages/forum_pin.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_PinInputs */
var en_forum_pin = () => {
	return `Pin the thread`;
};
var es_forum_pin = () => {
	return `Fijar el hilo`;
};
var ar_forum_pin = () => {
	return `ثبّت الموضوع`;
};
/**
* | output |
* | --- |
* | "Pin the thread" |
*
* @param {Forum_PinInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_pin = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_pin(inputs);
	if (locale === "ar") return ar_forum_pin(inputs);
	return en_forum_pin(inputs);
});
// src/lib/paraglide/messages/forum_slow_mode_end.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_Slow_Mode_EndInputs */
var en_forum_slow_mode_end = () => {
	return `End slow mode`;
};
var es_forum_slow_mode_end = () => {
	return `Quitar el modo lento`;
};
var ar_forum_slow_mode_end = () => {
	return `أوقف الوضع البطيء`;
};
/**
* | output |
* | --- |
* | "End slow mode" |
*
* @param {Forum_Slow_Mode_EndInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_slow_mode_end = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_slow_mode_end(inputs);
	if (locale === "ar") return ar_forum_slow_mode_end(inputs);
	return en_forum_slow_mode_end(inputs);
});
// src/lib/paraglide/messages/forum_slow_mode_on.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_Slow_Mode_OnInputs */
var en_forum_slow_mode_on = () => {
	return `Slow mode`;
};
var es_forum_slow_mode_on = () => {
	return `Modo lento`;
};
var ar_forum_slow_mode_on = () => {
	return `الوضع البطيء`;
};
/**
* | output |
* | --- |
* | "Slow mode" |
*
* @param {Forum_Slow_Mode_OnInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_slow_mode_on = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_slow_mode_on(inputs);
	if (locale === "ar") return ar_forum_slow_mode_on(inputs);
	return en_forum_slow_mode_on(inputs);
});
// src/lib/paraglide/messages/forum_slow_mode_start.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_Slow_Mode_StartInputs */
var en_forum_slow_mode_start = () => {
	return `Start slow mode`;
};
var es_forum_slow_mode_start = () => {
	return `Activar el modo lento`;
};
var ar_forum_slow_mode_start = () => {
	return `فعّل الوضع البطيء`;
};
/**
* | output |
* | --- |
* | "Start slow mode" |
*
* @param {Forum_Slow_Mode_StartInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_slow_mode_start = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_slow_mode_start(inputs);
	if (locale === "ar") return ar_forum_slow_mode_start(inputs);
	return en_forum_slow_mode_start(inputs);
});
// src/lib/paraglide/messages/forum_unlock.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_UnlockInputs */
var en_forum_unlock = () => {
	return `Unlock the thread`;
};
var es_forum_unlock = () => {
	return `Reabrir el hilo`;
};
var ar_forum_unlock = () => {
	return `أعد فتح الموضوع`;
};
/**
* | output |
* | --- |
* | "Unlock the thread" |
*
* @param {Forum_UnlockInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_unlock = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_unlock(inputs);
	if (locale === "ar") return ar_forum_unlock(inputs);
	return en_forum_unlock(inputs);
});
// src/lib/paraglide/messages/forum_unpin.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_UnpinInputs */
var en_forum_unpin = () => {
	return `Unpin the thread`;
};
var es_forum_unpin = () => {
	return `Dejar de fijar el hilo`;
};
var ar_forum_unpin = () => {
	return `ألغِ تثبيت الموضوع`;
};
/**
* | output |
* | --- |
* | "Unpin the thread" |
*
* @param {Forum_UnpinInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_unpin = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_unpin(inputs);
	if (locale === "ar") return ar_forum_unpin(inputs);
	return en_forum_unpin(inputs);
});
export { forum_slow_mode_end as a, forum_slow_mode_on as i, forum_unlock as n, forum_pin as o, forum_slow_mode_start as r, forum_lock as s, forum_unpin as t };
