import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/flag_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_IntroInputs */
var en_flag_intro = () => {
	return `Flag something that breaks the organisation's agreements. Members' juries will review it; enough flags fold it away until then.`;
};
var es_flag_intro = () => {
	return `Señala lo que incumpla los acuerdos de la organización. Lo revisarán jurados de miembros; si se acumulan señales, queda plegado mientras tanto.`;
};
var ar_flag_intro = () => {
	return `أبلغ عن أي محتوى يخالف اتفاقات المنظمة. ستراجعه هيئات محلفين من الأعضاء، وإذا تكررت البلاغات يُطوى المحتوى حتى ذلك الحين.`;
};
/**
* | output |
* | --- |
* | "Flag something that breaks the organisation's agreements. Members' juries will review it; enough flags fold it away until then." |
*
* @param {Flag_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_intro = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_intro(inputs);
	if (locale === "ar") return ar_flag_intro(inputs);
	return en_flag_intro(inputs);
});
// src/lib/paraglide/messages/flag_note_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_Note_LabelInputs */
var en_flag_note_label = () => {
	return `Anything the jury should know (optional)`;
};
var es_flag_note_label = () => {
	return `Algo que el jurado deba saber (opcional)`;
};
var ar_flag_note_label = () => {
	return `ما ينبغي أن تعرفه هيئة المحلفين (اختياري)`;
};
/**
* | output |
* | --- |
* | "Anything the jury should know (optional)" |
*
* @param {Flag_Note_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_note_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_note_label(inputs);
	if (locale === "ar") return ar_flag_note_label(inputs);
	return en_flag_note_label(inputs);
});
// src/lib/paraglide/messages/flag_reason_abuse.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_Reason_AbuseInputs */
var en_flag_reason_abuse = () => {
	return `Abusive or hateful`;
};
var es_flag_reason_abuse = () => {
	return `Ofensivo o de odio`;
};
var ar_flag_reason_abuse = () => {
	return `مسيء أو يحض على الكراهية`;
};
/**
* | output |
* | --- |
* | "Abusive or hateful" |
*
* @param {Flag_Reason_AbuseInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_reason_abuse = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_reason_abuse(inputs);
	if (locale === "ar") return ar_flag_reason_abuse(inputs);
	return en_flag_reason_abuse(inputs);
});
// src/lib/paraglide/messages/flag_reason_harassment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_Reason_HarassmentInputs */
var en_flag_reason_harassment = () => {
	return `Harassment of a person`;
};
var es_flag_reason_harassment = () => {
	return `Acoso a una persona`;
};
var ar_flag_reason_harassment = () => {
	return `مضايقة شخص ما`;
};
/**
* | output |
* | --- |
* | "Harassment of a person" |
*
* @param {Flag_Reason_HarassmentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_reason_harassment = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_reason_harassment(inputs);
	if (locale === "ar") return ar_flag_reason_harassment(inputs);
	return en_flag_reason_harassment(inputs);
});
// src/lib/paraglide/messages/flag_reason_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_Reason_LabelInputs */
var en_flag_reason_label = () => {
	return `Reason`;
};
var es_flag_reason_label = () => {
	return `Motivo`;
};
var ar_flag_reason_label = () => {
	return `السبب`;
};
/**
* | output |
* | --- |
* | "Reason" |
*
* @param {Flag_Reason_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_reason_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_reason_label(inputs);
	if (locale === "ar") return ar_flag_reason_label(inputs);
	return en_flag_reason_label(inputs);
});
// src/lib/paraglide/messages/flag_reason_off_topic.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_Reason_Off_TopicInputs */
var en_flag_reason_off_topic = () => {
	return `Off topic or flooding`;
};
var es_flag_reason_off_topic = () => {
	return `Fuera de tema o inundación de mensajes`;
};
var ar_flag_reason_off_topic = () => {
	return `خارج الموضوع أو إغراق بالرسائل`;
};
/**
* | output |
* | --- |
* | "Off topic or flooding" |
*
* @param {Flag_Reason_Off_TopicInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_reason_off_topic = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_reason_off_topic(inputs);
	if (locale === "ar") return ar_flag_reason_off_topic(inputs);
	return en_flag_reason_off_topic(inputs);
});
// src/lib/paraglide/messages/flag_reason_other.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_Reason_OtherInputs */
var en_flag_reason_other = () => {
	return `Something else`;
};
var es_flag_reason_other = () => {
	return `Otro motivo`;
};
var ar_flag_reason_other = () => {
	return `سبب آخر`;
};
/**
* | output |
* | --- |
* | "Something else" |
*
* @param {Flag_Reason_OtherInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_reason_other = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_reason_other(inputs);
	if (locale === "ar") return ar_flag_reason_other(inputs);
	return en_flag_reason_other(inputs);
});
// src/lib/paraglide/messages/flag_reason_private_data.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_Reason_Private_DataInputs */
var en_flag_reason_private_data = () => {
	return `Gives away someone's private details`;
};
var es_flag_reason_private_data = () => {
	return `Revela datos privados de alguien`;
};
var ar_flag_reason_private_data = () => {
	return `يكشف بيانات خاصة لشخص ما`;
};
/**
* | output |
* | --- |
* | "Gives away someone's private details" |
*
* @param {Flag_Reason_Private_DataInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_reason_private_data = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_reason_private_data(inputs);
	if (locale === "ar") return ar_flag_reason_private_data(inputs);
	return en_flag_reason_private_data(inputs);
});
// src/lib/paraglide/messages/flag_reason_spam.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_Reason_SpamInputs */
var en_flag_reason_spam = () => {
	return `Spam or advertising`;
};
var es_flag_reason_spam = () => {
	return `Spam o publicidad`;
};
var ar_flag_reason_spam = () => {
	return `رسائل مزعجة أو إعلانات`;
};
/**
* | output |
* | --- |
* | "Spam or advertising" |
*
* @param {Flag_Reason_SpamInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_reason_spam = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_reason_spam(inputs);
	if (locale === "ar") return ar_flag_reason_spam(inputs);
	return en_flag_reason_spam(inputs);
});
// src/lib/paraglide/messages/flag_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_SubmitInputs */
var en_flag_submit = () => {
	return `Send the flag`;
};
var es_flag_submit = () => {
	return `Enviar la señal`;
};
var ar_flag_submit = () => {
	return `أرسل البلاغ`;
};
/**
* | output |
* | --- |
* | "Send the flag" |
*
* @param {Flag_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_submit(inputs);
	if (locale === "ar") return ar_flag_submit(inputs);
	return en_flag_submit(inputs);
});
// src/lib/paraglide/messages/flag_thanks.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_ThanksInputs */
var en_flag_thanks = () => {
	return `Thank you. The flag has been recorded for review.`;
};
var es_flag_thanks = () => {
	return `Gracias. La señal ha quedado registrada para su revisión.`;
};
var ar_flag_thanks = () => {
	return `شكرًا لك. سُجّل البلاغ وسيُراجَع.`;
};
/**
* | output |
* | --- |
* | "Thank you. The flag has been recorded for review." |
*
* @param {Flag_ThanksInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_thanks = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_thanks(inputs);
	if (locale === "ar") return ar_flag_thanks(inputs);
	return en_flag_thanks(inputs);
});
// src/lib/paraglide/messages/flag_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_TitleInputs */
var en_flag_title = () => {
	return `Flag for review`;
};
var es_flag_title = () => {
	return `Señalar para revisión`;
};
var ar_flag_title = () => {
	return `إبلاغ للمراجعة`;
};
/**
* | output |
* | --- |
* | "Flag for review" |
*
* @param {Flag_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_title(inputs);
	if (locale === "ar") return ar_flag_title(inputs);
	return en_flag_title(inputs);
});
export { flag_reason_private_data as a, flag_reason_label as c, flag_note_label as d, flag_intro as f, flag_reason_spam as i, flag_reason_harassment as l, flag_thanks as n, flag_reason_other as o, flag_submit as r, flag_reason_off_topic as s, flag_title as t, flag_reason_abuse as u };
