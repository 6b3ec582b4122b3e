import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/amendment_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_TitleInputs */
var en_amendment_title = () => {
	return `Amendments`;
};
var es_amendment_title = () => {
	return `Enmiendas`;
};
var ar_amendment_title = () => {
	return `التعديلات`;
};
/**
* | output |
* | --- |
* | "Amendments" |
*
* @param {Amendment_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_title(inputs);
	if (locale === "ar") return ar_amendment_title(inputs);
	return en_amendment_title(inputs);
});
// src/lib/paraglide/messages/amendment_lead_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Lead_OpenInputs */
var en_amendment_lead_open = () => {
	return `Any eligible member may propose a change to the text. The authors accept it, or it goes to a vote of the eligible members until amendments close.`;
};
var es_amendment_lead_open = () => {
	return `Cualquier miembro con derecho a voto puede proponer un cambio en el texto. Las autoras y los autores pueden aceptarlo; si no, se somete a votación de los miembros con derecho a voto hasta que se cierren las enmiendas.`;
};
var ar_amendment_lead_open = () => {
	return `يمكن لأي عضو يحق له التصويت أن يقترح تغييرًا على النص. فإما أن يقبله مقدّمو المقترح، وإما أن يُطرح للتصويت بين الأعضاء الذين يحق لهم التصويت إلى أن يُغلق باب التعديلات.`;
};
/**
* | output |
* | --- |
* | "Any eligible member may propose a change to the text. The authors accept it, or it goes to a vote of the eligible members until amendments close." |
*
* @param {Amendment_Lead_OpenInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_lead_open = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_lead_open(inputs);
	if (locale === "ar") return ar_amendment_lead_open(inputs);
	return en_amendment_lead_open(inputs);
});
// src/lib/paraglide/messages/amendment_lead_closed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Lead_ClosedInputs */
var en_amendment_lead_closed = () => {
	return `The amendment window is closed.`;
};
var es_amendment_lead_closed = () => {
	return `El plazo de enmiendas está cerrado.`;
};
var ar_amendment_lead_closed = () => {
	return `باب التعديلات مغلق.`;
};
/**
* | output |
* | --- |
* | "The amendment window is closed." |
*
* @param {Amendment_Lead_ClosedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_lead_closed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_lead_closed(inputs);
	if (locale === "ar") return ar_amendment_lead_closed(inputs);
	return en_amendment_lead_closed(inputs);
});
// src/lib/paraglide/messages/amendment_proposed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_ProposedInputs */
var en_amendment_proposed = () => {
	return `Your amendment is proposed.`;
};
var es_amendment_proposed = () => {
	return `Tu enmienda se ha propuesto.`;
};
var ar_amendment_proposed = () => {
	return `قُدّم تعديلك.`;
};
/**
* | output |
* | --- |
* | "Your amendment is proposed." |
*
* @param {Amendment_ProposedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_proposed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_proposed(inputs);
	if (locale === "ar") return ar_amendment_proposed(inputs);
	return en_amendment_proposed(inputs);
});
// src/lib/paraglide/messages/amendment_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ id: NonNullable<unknown>, name: NonNullable<unknown> }} Amendment_HeadingInputs */
var en_amendment_heading = (i) => {
	return `Amendment ${i?.id} by ${i?.name}`;
};
var es_amendment_heading = (i) => {
	return `Enmienda ${i?.id} de ${i?.name}`;
};
var ar_amendment_heading = (i) => {
	return `التعديل ${i?.id} من ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Amendment {id} by {name}" |
*
* @param {Amendment_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_heading = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_heading(inputs);
	if (locale === "ar") return ar_amendment_heading(inputs);
	return en_amendment_heading(inputs);
});
// src/lib/paraglide/messages/amendment_against.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ version: NonNullable<unknown> }} Amendment_AgainstInputs */
var en_amendment_against = (i) => {
	return `against version ${i?.version}`;
};
var es_amendment_against = (i) => {
	return `sobre la versión ${i?.version}`;
};
var ar_amendment_against = (i) => {
	return `على النسخة ${i?.version}`;
};
/**
* | output |
* | --- |
* | "against version {version}" |
*
* @param {Amendment_AgainstInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_against = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_against(inputs);
	if (locale === "ar") return ar_amendment_against(inputs);
	return en_amendment_against(inputs);
});
// src/lib/paraglide/messages/amendment_stats.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ added: NonNullable<unknown>, removed: NonNullable<unknown> }} Amendment_StatsInputs */
var en_amendment_stats = (i) => {
	return `Words added: ${i?.added}, removed: ${i?.removed}`;
};
var es_amendment_stats = (i) => {
	return `Palabras añadidas: ${i?.added}; eliminadas: ${i?.removed}`;
};
var ar_amendment_stats = (i) => {
	return `كلمات مضافة: ${i?.added}، ومحذوفة: ${i?.removed}`;
};
/**
* | output |
* | --- |
* | "Words added: {added}, removed: {removed}" |
*
* @param {Amendment_StatsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_stats = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_stats(inputs);
	if (locale === "ar") return ar_amendment_stats(inputs);
	return en_amendment_stats(inputs);
});
// src/lib/paraglide/messages/amendment_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_ReasonInputs */
var en_amendment_reason = () => {
	return `Why:`;
};
var es_amendment_reason = () => {
	return `Por qué:`;
};
var ar_amendment_reason = () => {
	return `السبب:`;
};
/**
* | output |
* | --- |
* | "Why:" |
*
* @param {Amendment_ReasonInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_reason = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_reason(inputs);
	if (locale === "ar") return ar_amendment_reason(inputs);
	return en_amendment_reason(inputs);
});
// src/lib/paraglide/messages/amendment_votes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ yes: NonNullable<unknown>, no: NonNullable<unknown>, abstain: NonNullable<unknown> }} Amendment_VotesInputs */
var en_amendment_votes = (i) => {
	return `Yes ${i?.yes} · No ${i?.no} · Abstain ${i?.abstain}`;
};
var es_amendment_votes = (i) => {
	return `Sí ${i?.yes} · No ${i?.no} · Abstención ${i?.abstain}`;
};
var ar_amendment_votes = (i) => {
	return `نعم ${i?.yes} · لا ${i?.no} · امتناع ${i?.abstain}`;
};
/**
* | output |
* | --- |
* | "Yes {yes} · No {no} · Abstain {abstain}" |
*
* @param {Amendment_VotesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_votes = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_votes(inputs);
	if (locale === "ar") return ar_amendment_votes(inputs);
	return en_amendment_votes(inputs);
});
// src/lib/paraglide/messages/amendment_accept.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_AcceptInputs */
var en_amendment_accept = () => {
	return `Accept into the text`;
};
var es_amendment_accept = () => {
	return `Incorporar al texto`;
};
var ar_amendment_accept = () => {
	return `اقبله في النص`;
};
/**
* | output |
* | --- |
* | "Accept into the text" |
*
* @param {Amendment_AcceptInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_accept = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_accept(inputs);
	if (locale === "ar") return ar_amendment_accept(inputs);
	return en_amendment_accept(inputs);
});
// src/lib/paraglide/messages/amendment_to_vote.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_To_VoteInputs */
var en_amendment_to_vote = () => {
	return `Put to a vote`;
};
var es_amendment_to_vote = () => {
	return `Someter a votación`;
};
var ar_amendment_to_vote = () => {
	return `اطرحه للتصويت`;
};
/**
* | output |
* | --- |
* | "Put to a vote" |
*
* @param {Amendment_To_VoteInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_to_vote = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_to_vote(inputs);
	if (locale === "ar") return ar_amendment_to_vote(inputs);
	return en_amendment_to_vote(inputs);
});
// src/lib/paraglide/messages/amendment_withdraw.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_WithdrawInputs */
var en_amendment_withdraw = () => {
	return `Withdraw`;
};
var es_amendment_withdraw = () => {
	return `Retirar`;
};
var ar_amendment_withdraw = () => {
	return `اسحبه`;
};
/**
* | output |
* | --- |
* | "Withdraw" |
*
* @param {Amendment_WithdrawInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_withdraw = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_withdraw(inputs);
	if (locale === "ar") return ar_amendment_withdraw(inputs);
	return en_amendment_withdraw(inputs);
});
// src/lib/paraglide/messages/amendment_your_vote.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Your_VoteInputs */
var en_amendment_your_vote = () => {
	return `Your vote on this amendment`;
};
var es_amendment_your_vote = () => {
	return `Tu voto sobre esta enmienda`;
};
var ar_amendment_your_vote = () => {
	return `صوتك على هذا التعديل`;
};
/**
* | output |
* | --- |
* | "Your vote on this amendment" |
*
* @param {Amendment_Your_VoteInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_your_vote = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_your_vote(inputs);
	if (locale === "ar") return ar_amendment_your_vote(inputs);
	return en_amendment_your_vote(inputs);
});
// src/lib/paraglide/messages/amendment_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_NoneInputs */
var en_amendment_none = () => {
	return `No amendments yet.`;
};
var es_amendment_none = () => {
	return `Todavía no hay enmiendas.`;
};
var ar_amendment_none = () => {
	return `لا تعديلات بعد.`;
};
/**
* | output |
* | --- |
* | "No amendments yet." |
*
* @param {Amendment_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_none(inputs);
	if (locale === "ar") return ar_amendment_none(inputs);
	return en_amendment_none(inputs);
});
// src/lib/paraglide/messages/amendment_propose.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_ProposeInputs */
var en_amendment_propose = () => {
	return `Propose an amendment`;
};
var es_amendment_propose = () => {
	return `Proponer una enmienda`;
};
var ar_amendment_propose = () => {
	return `اقترح تعديلًا`;
};
/**
* | output |
* | --- |
* | "Propose an amendment" |
*
* @param {Amendment_ProposeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_propose = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_propose(inputs);
	if (locale === "ar") return ar_amendment_propose(inputs);
	return en_amendment_propose(inputs);
});
// src/lib/paraglide/messages/amendment_propose_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Propose_LeadInputs */
var en_amendment_propose_lead = () => {
	return `Edit the text below as you would have it; Plenary keeps it as a difference from the current version.`;
};
var es_amendment_propose_lead = () => {
	return `Edita el texto de abajo tal como lo quieres; Plenary lo guarda como una diferencia respecto a la versión actual.`;
};
var ar_amendment_propose_lead = () => {
	return `عدّل النص أدناه كما تريده أن يكون؛ ويحفظه Plenary على هيئة فروق عن النسخة الحالية.`;
};
/**
* | output |
* | --- |
* | "Edit the text below as you would have it; Plenary keeps it as a difference from the current version." |
*
* @param {Amendment_Propose_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_propose_lead = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_propose_lead(inputs);
	if (locale === "ar") return ar_amendment_propose_lead(inputs);
	return en_amendment_propose_lead(inputs);
});
// src/lib/paraglide/messages/amendment_body_field.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Body_FieldInputs */
var en_amendment_body_field = () => {
	return `The text as amended`;
};
var es_amendment_body_field = () => {
	return `El texto enmendado`;
};
var ar_amendment_body_field = () => {
	return `النص بعد التعديل`;
};
/**
* | output |
* | --- |
* | "The text as amended" |
*
* @param {Amendment_Body_FieldInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_body_field = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_body_field(inputs);
	if (locale === "ar") return ar_amendment_body_field(inputs);
	return en_amendment_body_field(inputs);
});
// src/lib/paraglide/messages/amendment_reason_field.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Reason_FieldInputs */
var en_amendment_reason_field = () => {
	return `Why this change`;
};
var es_amendment_reason_field = () => {
	return `Por qué este cambio`;
};
var ar_amendment_reason_field = () => {
	return `لماذا هذا التغيير`;
};
/**
* | output |
* | --- |
* | "Why this change" |
*
* @param {Amendment_Reason_FieldInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_reason_field = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_reason_field(inputs);
	if (locale === "ar") return ar_amendment_reason_field(inputs);
	return en_amendment_reason_field(inputs);
});
// src/lib/paraglide/messages/amendment_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_SubmitInputs */
var en_amendment_submit = () => {
	return `Propose the amendment`;
};
var es_amendment_submit = () => {
	return `Proponer la enmienda`;
};
var ar_amendment_submit = () => {
	return `قدّم التعديل`;
};
/**
* | output |
* | --- |
* | "Propose the amendment" |
*
* @param {Amendment_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_submit(inputs);
	if (locale === "ar") return ar_amendment_submit(inputs);
	return en_amendment_submit(inputs);
});
export { amendment_lead_closed as _, amendment_propose as a, amendment_withdraw as c, amendment_votes as d, amendment_reason as f, amendment_proposed as g, amendment_heading as h, amendment_propose_lead as i, amendment_to_vote as l, amendment_against as m, amendment_reason_field as n, amendment_none as o, amendment_stats as p, amendment_body_field as r, amendment_your_vote as s, amendment_submit as t, amendment_accept as u, amendment_lead_open as v, amendment_title as y };
