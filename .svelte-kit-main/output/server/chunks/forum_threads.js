import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/forum_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_EmptyInputs */
var en_forum_empty = () => {
	return `No threads yet. Start the first one.`;
};
var es_forum_empty = () => {
	return `Todavía no hay hilos. Abre el primero.`;
};
var ar_forum_empty = () => {
	return `لا مواضيع بعد. ابدأ أول موضوع.`;
};
/**
* | output |
* | --- |
* | "No threads yet. Start the first one." |
*
* @param {Forum_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_empty = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_empty(inputs);
	if (locale === "ar") return ar_forum_empty(inputs);
	return en_forum_empty(inputs);
});
// src/lib/paraglide/messages/forum_last_activity.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_Last_ActivityInputs */
var en_forum_last_activity = () => {
	return `Last activity`;
};
var es_forum_last_activity = () => {
	return `Última actividad`;
};
var ar_forum_last_activity = () => {
	return `آخر نشاط`;
};
/**
* | output |
* | --- |
* | "Last activity" |
*
* @param {Forum_Last_ActivityInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_last_activity = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_last_activity(inputs);
	if (locale === "ar") return ar_forum_last_activity(inputs);
	return en_forum_last_activity(inputs);
});
// src/lib/paraglide/messages/forum_new_thread.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_New_ThreadInputs */
var en_forum_new_thread = () => {
	return `Start a thread`;
};
var es_forum_new_thread = () => {
	return `Abrir un hilo`;
};
var ar_forum_new_thread = () => {
	return `ابدأ موضوعًا`;
};
/**
* | output |
* | --- |
* | "Start a thread" |
*
* @param {Forum_New_ThreadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_new_thread = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_new_thread(inputs);
	if (locale === "ar") return ar_forum_new_thread(inputs);
	return en_forum_new_thread(inputs);
});
// src/lib/paraglide/messages/forum_older.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_OlderInputs */
var en_forum_older = () => {
	return `Older threads`;
};
var es_forum_older = () => {
	return `Hilos anteriores`;
};
var ar_forum_older = () => {
	return `مواضيع أقدم`;
};
/**
* | output |
* | --- |
* | "Older threads" |
*
* @param {Forum_OlderInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_older = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_older(inputs);
	if (locale === "ar") return ar_forum_older(inputs);
	return en_forum_older(inputs);
});
// src/lib/paraglide/messages/forum_replies.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_RepliesInputs */
var en_forum_replies = () => {
	return `Replies`;
};
var es_forum_replies = () => {
	return `Respuestas`;
};
var ar_forum_replies = () => {
	return `الردود`;
};
/**
* | output |
* | --- |
* | "Replies" |
*
* @param {Forum_RepliesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_replies = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_replies(inputs);
	if (locale === "ar") return ar_forum_replies(inputs);
	return en_forum_replies(inputs);
});
// src/lib/paraglide/messages/forum_start_thread.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_Start_ThreadInputs */
var en_forum_start_thread = () => {
	return `Start the thread`;
};
var es_forum_start_thread = () => {
	return `Abrir el hilo`;
};
var ar_forum_start_thread = () => {
	return `ابدأ الموضوع`;
};
/**
* | output |
* | --- |
* | "Start the thread" |
*
* @param {Forum_Start_ThreadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_start_thread = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_start_thread(inputs);
	if (locale === "ar") return ar_forum_start_thread(inputs);
	return en_forum_start_thread(inputs);
});
// src/lib/paraglide/messages/forum_thread.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_ThreadInputs */
var en_forum_thread = () => {
	return `Thread`;
};
var es_forum_thread = () => {
	return `Hilo`;
};
var ar_forum_thread = () => {
	return `الموضوع`;
};
/**
* | output |
* | --- |
* | "Thread" |
*
* @param {Forum_ThreadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_thread = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_thread(inputs);
	if (locale === "ar") return ar_forum_thread(inputs);
	return en_forum_thread(inputs);
});
// src/lib/paraglide/messages/forum_threads.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_ThreadsInputs */
var en_forum_threads = () => {
	return `Threads`;
};
var es_forum_threads = () => {
	return `Hilos`;
};
var ar_forum_threads = () => {
	return `المواضيع`;
};
/**
* | output |
* | --- |
* | "Threads" |
*
* @param {Forum_ThreadsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_threads = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_threads(inputs);
	if (locale === "ar") return ar_forum_threads(inputs);
	return en_forum_threads(inputs);
});
export { forum_older as a, forum_empty as c, forum_replies as i, forum_thread as n, forum_new_thread as o, forum_start_thread as r, forum_last_activity as s, forum_threads as t };
