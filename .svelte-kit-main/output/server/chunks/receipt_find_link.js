import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decision_open_ballot.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Open_BallotInputs */
var en_decision_open_ballot = () => {
	return `Open ballot`;
};
var es_decision_open_ballot = () => {
	return `Voto público`;
};
var ar_decision_open_ballot = () => {
	return `اقتراع علني`;
};
/**
* | output |
* | --- |
* | "Open ballot" |
*
* @param {Decision_Open_BallotInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_open_ballot = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_open_ballot(inputs);
	if (locale === "ar") return ar_decision_open_ballot(inputs);
	return en_decision_open_ballot(inputs);
});
// src/lib/paraglide/messages/decision_stage_positions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Stage_PositionsInputs */
var en_decision_stage_positions = () => {
	return `Compromise run-off: poll on positions`;
};
var es_decision_stage_positions = () => {
	return `Segunda vuelta de compromiso: sondeo de posturas`;
};
var ar_decision_stage_positions = () => {
	return `جولة إعادة على حل وسط: استطلاع المواقف`;
};
/**
* | output |
* | --- |
* | "Compromise run-off: poll on positions" |
*
* @param {Decision_Stage_PositionsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_stage_positions = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_stage_positions(inputs);
	if (locale === "ar") return ar_decision_stage_positions(inputs);
	return en_decision_stage_positions(inputs);
});
// src/lib/paraglide/messages/decision_threshold_value.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ numerator: NonNullable<unknown>, denominator: NonNullable<unknown> }} Decision_Threshold_ValueInputs */
var en_decision_threshold_value = (i) => {
	return `${i?.numerator}/${i?.denominator} of the votes cast (abstentions excluded)`;
};
var es_decision_threshold_value = (i) => {
	return `${i?.numerator}/${i?.denominator} de los votos emitidos (sin contar las abstenciones)`;
};
var ar_decision_threshold_value = (i) => {
	return `${i?.numerator}/${i?.denominator} من الأصوات المُدلى بها (دون احتساب الممتنعين)`;
};
/**
* | output |
* | --- |
* | "{numerator}/{denominator} of the votes cast (abstentions excluded)" |
*
* @param {Decision_Threshold_ValueInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_threshold_value = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_threshold_value(inputs);
	if (locale === "ar") return ar_decision_threshold_value(inputs);
	return en_decision_threshold_value(inputs);
});
// src/lib/paraglide/messages/decision_quorum_value.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ percent: NonNullable<unknown> }} Decision_Quorum_ValueInputs */
var en_decision_quorum_value = (i) => {
	return `${i?.percent}% of the eligible members`;
};
var es_decision_quorum_value = (i) => {
	return `${i?.percent} % de los miembros con derecho a voto`;
};
var ar_decision_quorum_value = (i) => {
	return `${i?.percent}% من الأعضاء الذين يحق لهم التصويت`;
};
/**
* | output |
* | --- |
* | "{percent}% of the eligible members" |
*
* @param {Decision_Quorum_ValueInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_quorum_value = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_quorum_value(inputs);
	if (locale === "ar") return ar_decision_quorum_value(inputs);
	return en_decision_quorum_value(inputs);
});
// src/lib/paraglide/messages/decision_quorum_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Quorum_NoneInputs */
var en_decision_quorum_none = () => {
	return `None`;
};
var es_decision_quorum_none = () => {
	return `Ninguno`;
};
var ar_decision_quorum_none = () => {
	return `بلا نصاب`;
};
/**
* | output |
* | --- |
* | "None" |
*
* @param {Decision_Quorum_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_quorum_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_quorum_none(inputs);
	if (locale === "ar") return ar_decision_quorum_none(inputs);
	return en_decision_quorum_none(inputs);
});
// src/lib/paraglide/messages/decision_scope_is.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ scope: NonNullable<unknown> }} Decision_Scope_IsInputs */
var en_decision_scope_is = (i) => {
	return `Scope: ${i?.scope}`;
};
var es_decision_scope_is = (i) => {
	return `Ámbito: ${i?.scope}`;
};
var ar_decision_scope_is = (i) => {
	return `النطاق: ${i?.scope}`;
};
/**
* | output |
* | --- |
* | "Scope: {scope}" |
*
* @param {Decision_Scope_IsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_scope_is = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_scope_is(inputs);
	if (locale === "ar") return ar_decision_scope_is(inputs);
	return en_decision_scope_is(inputs);
});
// src/lib/paraglide/messages/decision_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_ByInputs */
var en_decision_by = () => {
	return `Proposed by`;
};
var es_decision_by = () => {
	return `Propuesta de`;
};
var ar_decision_by = () => {
	return `اقترحه`;
};
/**
* | output |
* | --- |
* | "Proposed by" |
*
* @param {Decision_ByInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_by = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_by(inputs);
	if (locale === "ar") return ar_decision_by(inputs);
	return en_decision_by(inputs);
});
// src/lib/paraglide/messages/decision_reopened_as.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Reopened_AsInputs */
var en_decision_reopened_as = () => {
	return `reopened as a new proposal`;
};
var es_decision_reopened_as = () => {
	return `reabierta como nueva propuesta`;
};
var ar_decision_reopened_as = () => {
	return `أُعيد فتحه بمقترح جديد`;
};
/**
* | output |
* | --- |
* | "reopened as a new proposal" |
*
* @param {Decision_Reopened_AsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_reopened_as = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_reopened_as(inputs);
	if (locale === "ar") return ar_decision_reopened_as(inputs);
	return en_decision_reopened_as(inputs);
});
// src/lib/paraglide/messages/decision_followed_by_runoff.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Followed_By_RunoffInputs */
var en_decision_followed_by_runoff = () => {
	return `the run-off that follows this poll`;
};
var es_decision_followed_by_runoff = () => {
	return `la segunda vuelta que sigue a este sondeo`;
};
var ar_decision_followed_by_runoff = () => {
	return `جولة الإعادة التي تلي هذا الاستطلاع`;
};
/**
* | output |
* | --- |
* | "the run-off that follows this poll" |
*
* @param {Decision_Followed_By_RunoffInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_followed_by_runoff = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_followed_by_runoff(inputs);
	if (locale === "ar") return ar_decision_followed_by_runoff(inputs);
	return en_decision_followed_by_runoff(inputs);
});
// src/lib/paraglide/messages/decision_follows_positions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Follows_PositionsInputs */
var en_decision_follows_positions = () => {
	return `the poll on positions before this run-off`;
};
var es_decision_follows_positions = () => {
	return `el sondeo de posturas previo a esta segunda vuelta`;
};
var ar_decision_follows_positions = () => {
	return `استطلاع المواقف الذي سبق جولة الإعادة هذه`;
};
/**
* | output |
* | --- |
* | "the poll on positions before this run-off" |
*
* @param {Decision_Follows_PositionsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_follows_positions = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_follows_positions(inputs);
	if (locale === "ar") return ar_decision_follows_positions(inputs);
	return en_decision_follows_positions(inputs);
});
// src/lib/paraglide/messages/decision_revisits.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_RevisitsInputs */
var en_decision_revisits = () => {
	return `the decision this one revisits`;
};
var es_decision_revisits = () => {
	return `la decisión que esta revisa`;
};
var ar_decision_revisits = () => {
	return `القرار الذي يعيد هذا القرار النظر فيه`;
};
/**
* | output |
* | --- |
* | "the decision this one revisits" |
*
* @param {Decision_RevisitsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_revisits = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_revisits(inputs);
	if (locale === "ar") return ar_decision_revisits(inputs);
	return en_decision_revisits(inputs);
});
// src/lib/paraglide/messages/decision_timeline.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_TimelineInputs */
var en_decision_timeline = () => {
	return `Phases`;
};
var es_decision_timeline = () => {
	return `Fases`;
};
var ar_decision_timeline = () => {
	return `المراحل`;
};
/**
* | output |
* | --- |
* | "Phases" |
*
* @param {Decision_TimelineInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_timeline = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_timeline(inputs);
	if (locale === "ar") return ar_decision_timeline(inputs);
	return en_decision_timeline(inputs);
});
// src/lib/paraglide/messages/decision_until.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ at: NonNullable<unknown> }} Decision_UntilInputs */
var en_decision_until = (i) => {
	return `until ${i?.at}`;
};
var es_decision_until = (i) => {
	return `hasta el ${i?.at}`;
};
var ar_decision_until = (i) => {
	return `حتى ${i?.at}`;
};
/**
* | output |
* | --- |
* | "until {at}" |
*
* @param {Decision_UntilInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_until = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_until(inputs);
	if (locale === "ar") return ar_decision_until(inputs);
	return en_decision_until(inputs);
});
// src/lib/paraglide/messages/decision_draft_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Draft_HeadingInputs */
var en_decision_draft_heading = () => {
	return `This is a draft`;
};
var es_decision_draft_heading = () => {
	return `Esto es un borrador`;
};
var ar_decision_draft_heading = () => {
	return `هذه مسودة`;
};
/**
* | output |
* | --- |
* | "This is a draft" |
*
* @param {Decision_Draft_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_draft_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_draft_heading(inputs);
	if (locale === "ar") return ar_decision_draft_heading(inputs);
	return en_decision_draft_heading(inputs);
});
// src/lib/paraglide/messages/decision_draft_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Draft_LeadInputs */
var en_decision_draft_lead = () => {
	return `Only you and your co-authors can see it. Submit it to open the discussion; the phases then follow their timetable.`;
};
var es_decision_draft_lead = () => {
	return `Solo lo ven tú y las demás personas coautoras. Envíalo para abrir el debate; a partir de ahí, las fases siguen su calendario.`;
};
var ar_decision_draft_lead = () => {
	return `لا يراها إلا أنت والمشاركون في تأليفها. اطرحها لفتح النقاش، وبعدها تمضي المراحل وفق جدولها الزمني.`;
};
/**
* | output |
* | --- |
* | "Only you and your co-authors can see it. Submit it to open the discussion; the phases then follow their timetable." |
*
* @param {Decision_Draft_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_draft_lead = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_draft_lead(inputs);
	if (locale === "ar") return ar_decision_draft_lead(inputs);
	return en_decision_draft_lead(inputs);
});
// src/lib/paraglide/messages/decision_edit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_EditInputs */
var en_decision_edit = () => {
	return `Edit the draft`;
};
var es_decision_edit = () => {
	return `Editar el borrador`;
};
var ar_decision_edit = () => {
	return `عدّل المسودة`;
};
/**
* | output |
* | --- |
* | "Edit the draft" |
*
* @param {Decision_EditInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_edit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_edit(inputs);
	if (locale === "ar") return ar_decision_edit(inputs);
	return en_decision_edit(inputs);
});
// src/lib/paraglide/messages/decision_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_SubmitInputs */
var en_decision_submit = () => {
	return `Submit for discussion`;
};
var es_decision_submit = () => {
	return `Enviar a debate`;
};
var ar_decision_submit = () => {
	return `اطرحه للنقاش`;
};
/**
* | output |
* | --- |
* | "Submit for discussion" |
*
* @param {Decision_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_submit(inputs);
	if (locale === "ar") return ar_decision_submit(inputs);
	return en_decision_submit(inputs);
});
// src/lib/paraglide/messages/decision_coauthor_field.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Coauthor_FieldInputs */
var en_decision_coauthor_field = () => {
	return `Add a co-author`;
};
var es_decision_coauthor_field = () => {
	return `Añadir una persona coautora`;
};
var ar_decision_coauthor_field = () => {
	return `أضف مشاركًا في التأليف`;
};
/**
* | output |
* | --- |
* | "Add a co-author" |
*
* @param {Decision_Coauthor_FieldInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_coauthor_field = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_coauthor_field(inputs);
	if (locale === "ar") return ar_decision_coauthor_field(inputs);
	return en_decision_coauthor_field(inputs);
});
// src/lib/paraglide/messages/decision_coauthor_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Coauthor_HintInputs */
var en_decision_coauthor_hint = () => {
	return `Their handle, for example @robin.`;
};
var es_decision_coauthor_hint = () => {
	return `Su nombre de usuario, por ejemplo @robin.`;
};
var ar_decision_coauthor_hint = () => {
	return `اسم المستخدم الخاص به، مثلًا @robin.`;
};
/**
* | output |
* | --- |
* | "Their handle, for example @robin." |
*
* @param {Decision_Coauthor_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_coauthor_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_coauthor_hint(inputs);
	if (locale === "ar") return ar_decision_coauthor_hint(inputs);
	return en_decision_coauthor_hint(inputs);
});
// src/lib/paraglide/messages/decision_coauthor_add.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Coauthor_AddInputs */
var en_decision_coauthor_add = () => {
	return `Add`;
};
var es_decision_coauthor_add = () => {
	return `Añadir`;
};
var ar_decision_coauthor_add = () => {
	return `أضف`;
};
/**
* | output |
* | --- |
* | "Add" |
*
* @param {Decision_Coauthor_AddInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_coauthor_add = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_coauthor_add(inputs);
	if (locale === "ar") return ar_decision_coauthor_add(inputs);
	return en_decision_coauthor_add(inputs);
});
// src/lib/paraglide/messages/decision_text_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ version: NonNullable<unknown> }} Decision_Text_HeadingInputs */
var en_decision_text_heading = (i) => {
	return `Text (version ${i?.version})`;
};
var es_decision_text_heading = (i) => {
	return `Texto (versión ${i?.version})`;
};
var ar_decision_text_heading = (i) => {
	return `النص (النسخة ${i?.version})`;
};
/**
* | output |
* | --- |
* | "Text (version {version})" |
*
* @param {Decision_Text_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_text_heading = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_text_heading(inputs);
	if (locale === "ar") return ar_decision_text_heading(inputs);
	return en_decision_text_heading(inputs);
});
// src/lib/paraglide/messages/decision_versions_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Decision_Versions_LinkInputs */
var en_decision_versions_link = (i) => {
	return `Versions (${i?.count})`;
};
var es_decision_versions_link = (i) => {
	return `Versiones (${i?.count})`;
};
var ar_decision_versions_link = (i) => {
	return `النسخ (${i?.count})`;
};
/**
* | output |
* | --- |
* | "Versions ({count})" |
*
* @param {Decision_Versions_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_versions_link = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_versions_link(inputs);
	if (locale === "ar") return ar_decision_versions_link(inputs);
	return en_decision_versions_link(inputs);
});
// src/lib/paraglide/messages/decision_amendments_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown>, open: NonNullable<unknown> }} Decision_Amendments_LinkInputs */
var en_decision_amendments_link = (i) => {
	return `Amendments (${i?.count}, open: ${i?.open})`;
};
var es_decision_amendments_link = (i) => {
	return `Enmiendas (${i?.count}, abiertas: ${i?.open})`;
};
var ar_decision_amendments_link = (i) => {
	return `التعديلات (${i?.count}، المفتوحة: ${i?.open})`;
};
/**
* | output |
* | --- |
* | "Amendments ({count}, open: {open})" |
*
* @param {Decision_Amendments_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_amendments_link = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_amendments_link(inputs);
	if (locale === "ar") return ar_decision_amendments_link(inputs);
	return en_decision_amendments_link(inputs);
});
// src/lib/paraglide/messages/decision_revise.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_ReviseInputs */
var en_decision_revise = () => {
	return `Revise the text`;
};
var es_decision_revise = () => {
	return `Revisar el texto`;
};
var ar_decision_revise = () => {
	return `راجع النص`;
};
/**
* | output |
* | --- |
* | "Revise the text" |
*
* @param {Decision_ReviseInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_revise = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_revise(inputs);
	if (locale === "ar") return ar_decision_revise(inputs);
	return en_decision_revise(inputs);
});
// src/lib/paraglide/messages/decision_close_amendments.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Close_AmendmentsInputs */
var en_decision_close_amendments = () => {
	return `Close the amendment window`;
};
var es_decision_close_amendments = () => {
	return `Cerrar el plazo de enmiendas`;
};
var ar_decision_close_amendments = () => {
	return `أغلق باب التعديلات`;
};
/**
* | output |
* | --- |
* | "Close the amendment window" |
*
* @param {Decision_Close_AmendmentsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_close_amendments = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_close_amendments(inputs);
	if (locale === "ar") return ar_decision_close_amendments(inputs);
	return en_decision_close_amendments(inputs);
});
// src/lib/paraglide/messages/decision_close_amendments_vote.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Close_Amendments_VoteInputs */
var en_decision_close_amendments_vote = () => {
	return `Close amendments and start the vote`;
};
var es_decision_close_amendments_vote = () => {
	return `Cerrar las enmiendas y empezar la votación`;
};
var ar_decision_close_amendments_vote = () => {
	return `أغلق باب التعديلات وابدأ التصويت`;
};
/**
* | output |
* | --- |
* | "Close amendments and start the vote" |
*
* @param {Decision_Close_Amendments_VoteInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_close_amendments_vote = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_close_amendments_vote(inputs);
	if (locale === "ar") return ar_decision_close_amendments_vote(inputs);
	return en_decision_close_amendments_vote(inputs);
});
// src/lib/paraglide/messages/decision_rules_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Rules_HeadingInputs */
var en_decision_rules_heading = () => {
	return `How it is decided`;
};
var es_decision_rules_heading = () => {
	return `Cómo se decide`;
};
var ar_decision_rules_heading = () => {
	return `كيف يُتّخذ القرار`;
};
/**
* | output |
* | --- |
* | "How it is decided" |
*
* @param {Decision_Rules_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_rules_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_rules_heading(inputs);
	if (locale === "ar") return ar_decision_rules_heading(inputs);
	return en_decision_rules_heading(inputs);
});
// src/lib/paraglide/messages/decision_group_rule.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ groups: NonNullable<unknown>, factor: NonNullable<unknown> }} Decision_Group_RuleInputs */
var en_decision_group_rule = (i) => {
	return `members of ${i?.groups} count ${i?.factor} times`;
};
var es_decision_group_rule = (i) => {
	return `los miembros de ${i?.groups} cuentan ${i?.factor} veces`;
};
var ar_decision_group_rule = (i) => {
	return `يُحتسب صوت أعضاء ${i?.groups} مضروبًا في ${i?.factor}`;
};
/**
* | output |
* | --- |
* | "members of {groups} count {factor} times" |
*
* @param {Decision_Group_RuleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_group_rule = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_group_rule(inputs);
	if (locale === "ar") return ar_decision_group_rule(inputs);
	return en_decision_group_rule(inputs);
});
// src/lib/paraglide/messages/decision_stake_rule.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ levels: NonNullable<unknown> }} Decision_Stake_RuleInputs */
var en_decision_stake_rule = (i) => {
	return `declared on a scale of 1 to ${i?.levels}`;
};
var es_decision_stake_rule = (i) => {
	return `declarada en una escala de 1 a ${i?.levels}`;
};
var ar_decision_stake_rule = (i) => {
	return `تُعلن على مقياس من 1 إلى ${i?.levels}`;
};
/**
* | output |
* | --- |
* | "declared on a scale of 1 to {levels}" |
*
* @param {Decision_Stake_RuleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_stake_rule = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_stake_rule(inputs);
	if (locale === "ar") return ar_decision_stake_rule(inputs);
	return en_decision_stake_rule(inputs);
});
// src/lib/paraglide/messages/decision_results_hidden.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Results_HiddenInputs */
var en_decision_results_hidden = () => {
	return `results hidden until the close`;
};
var es_decision_results_hidden = () => {
	return `resultados ocultos hasta el cierre`;
};
var ar_decision_results_hidden = () => {
	return `النتائج مخفية حتى الإغلاق`;
};
/**
* | output |
* | --- |
* | "results hidden until the close" |
*
* @param {Decision_Results_HiddenInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_results_hidden = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_results_hidden(inputs);
	if (locale === "ar") return ar_decision_results_hidden(inputs);
	return en_decision_results_hidden(inputs);
});
// src/lib/paraglide/messages/decision_results_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Results_HeadingInputs */
var en_decision_results_heading = () => {
	return `Result`;
};
var es_decision_results_heading = () => {
	return `Resultado`;
};
var ar_decision_results_heading = () => {
	return `النتيجة`;
};
/**
* | output |
* | --- |
* | "Result" |
*
* @param {Decision_Results_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_results_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_results_heading(inputs);
	if (locale === "ar") return ar_decision_results_heading(inputs);
	return en_decision_results_heading(inputs);
});
// src/lib/paraglide/messages/decision_results_live.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Results_LiveInputs */
var en_decision_results_live = () => {
	return `Live count of the ballots cast so far; the result is final at the close.`;
};
var es_decision_results_live = () => {
	return `Recuento en directo de las papeletas emitidas hasta ahora; el resultado es definitivo al cierre.`;
};
var ar_decision_results_live = () => {
	return `فرز مباشر لبطاقات الاقتراع المُدلى بها حتى الآن؛ وتصبح النتيجة نهائية عند الإغلاق.`;
};
/**
* | output |
* | --- |
* | "Live count of the ballots cast so far; the result is final at the close." |
*
* @param {Decision_Results_LiveInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_results_live = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_results_live(inputs);
	if (locale === "ar") return ar_decision_results_live(inputs);
	return en_decision_results_live(inputs);
});
// src/lib/paraglide/messages/decision_results_hidden_until.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ at: NonNullable<unknown> }} Decision_Results_Hidden_UntilInputs */
var en_decision_results_hidden_until = (i) => {
	return `The results are shown after the close, ${i?.at}.`;
};
var es_decision_results_hidden_until = (i) => {
	return `Los resultados se muestran tras el cierre, el ${i?.at}.`;
};
var ar_decision_results_hidden_until = (i) => {
	return `تظهر النتائج بعد الإغلاق في ${i?.at}.`;
};
/**
* | output |
* | --- |
* | "The results are shown after the close, {at}." |
*
* @param {Decision_Results_Hidden_UntilInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_results_hidden_until = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_results_hidden_until(inputs);
	if (locale === "ar") return ar_decision_results_hidden_until(inputs);
	return en_decision_results_hidden_until(inputs);
});
// src/lib/paraglide/messages/decision_turnout.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ ballots: NonNullable<unknown>, eligible: NonNullable<unknown>, percent: NonNullable<unknown> }} Decision_TurnoutInputs */
var en_decision_turnout = (i) => {
	return `${i?.ballots} of ${i?.eligible} eligible members have voted (${i?.percent}%)`;
};
var es_decision_turnout = (i) => {
	return `Han votado ${i?.ballots} de ${i?.eligible} miembros con derecho a voto (${i?.percent} %)`;
};
var ar_decision_turnout = (i) => {
	return `صوّت ${i?.ballots} من أصل ${i?.eligible} من الأعضاء الذين يحق لهم التصويت (${i?.percent}%)`;
};
/**
* | output |
* | --- |
* | "{ballots} of {eligible} eligible members have voted ({percent}%)" |
*
* @param {Decision_TurnoutInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_turnout = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_turnout(inputs);
	if (locale === "ar") return ar_decision_turnout(inputs);
	return en_decision_turnout(inputs);
});
// src/lib/paraglide/messages/decision_quorum_reached.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ required: NonNullable<unknown> }} Decision_Quorum_ReachedInputs */
var en_decision_quorum_reached = (i) => {
	return `quorum of ${i?.required} reached`;
};
var es_decision_quorum_reached = (i) => {
	return `quórum de ${i?.required} alcanzado`;
};
var ar_decision_quorum_reached = (i) => {
	return `اكتمل النصاب (${i?.required})`;
};
/**
* | output |
* | --- |
* | "quorum of {required} reached" |
*
* @param {Decision_Quorum_ReachedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_quorum_reached = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_quorum_reached(inputs);
	if (locale === "ar") return ar_decision_quorum_reached(inputs);
	return en_decision_quorum_reached(inputs);
});
// src/lib/paraglide/messages/decision_quorum_missing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ required: NonNullable<unknown>, missing: NonNullable<unknown> }} Decision_Quorum_MissingInputs */
var en_decision_quorum_missing = (i) => {
	return `quorum ${i?.required}: ${i?.missing} more needed`;
};
var es_decision_quorum_missing = (i) => {
	return `quórum de ${i?.required}: faltan ${i?.missing}`;
};
var ar_decision_quorum_missing = (i) => {
	return `النصاب ${i?.required}: ينقصه ${i?.missing}`;
};
/**
* | output |
* | --- |
* | "quorum {required}: {missing} more needed" |
*
* @param {Decision_Quorum_MissingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_quorum_missing = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_quorum_missing(inputs);
	if (locale === "ar") return ar_decision_quorum_missing(inputs);
	return en_decision_quorum_missing(inputs);
});
// src/lib/paraglide/messages/decision_reminders_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Reminders_LinkInputs */
var en_decision_reminders_link = () => {
	return `Who has not voted yet`;
};
var es_decision_reminders_link = () => {
	return `Quién no ha votado todavía`;
};
var ar_decision_reminders_link = () => {
	return `مَن لم يصوّت بعد`;
};
/**
* | output |
* | --- |
* | "Who has not voted yet" |
*
* @param {Decision_Reminders_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_reminders_link = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_reminders_link(inputs);
	if (locale === "ar") return ar_decision_reminders_link(inputs);
	return en_decision_reminders_link(inputs);
});
// src/lib/paraglide/messages/decision_figures_caption.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Figures_CaptionInputs */
var en_decision_figures_caption = () => {
	return `Raw and weighted figures`;
};
var es_decision_figures_caption = () => {
	return `Cifras brutas y ponderadas`;
};
var ar_decision_figures_caption = () => {
	return `الأرقام الخام والمرجَّحة`;
};
/**
* | output |
* | --- |
* | "Raw and weighted figures" |
*
* @param {Decision_Figures_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_figures_caption = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_figures_caption(inputs);
	if (locale === "ar") return ar_decision_figures_caption(inputs);
	return en_decision_figures_caption(inputs);
});
// src/lib/paraglide/messages/decision_figures_answer.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Figures_AnswerInputs */
var en_decision_figures_answer = () => {
	return `Answer`;
};
var es_decision_figures_answer = () => {
	return `Respuesta`;
};
var ar_decision_figures_answer = () => {
	return `الإجابة`;
};
/**
* | output |
* | --- |
* | "Answer" |
*
* @param {Decision_Figures_AnswerInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_figures_answer = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_figures_answer(inputs);
	if (locale === "ar") return ar_decision_figures_answer(inputs);
	return en_decision_figures_answer(inputs);
});
// src/lib/paraglide/messages/decision_figures_raw.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Figures_RawInputs */
var en_decision_figures_raw = () => {
	return `Ballots`;
};
var es_decision_figures_raw = () => {
	return `Papeletas`;
};
var ar_decision_figures_raw = () => {
	return `بطاقات الاقتراع`;
};
/**
* | output |
* | --- |
* | "Ballots" |
*
* @param {Decision_Figures_RawInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_figures_raw = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_figures_raw(inputs);
	if (locale === "ar") return ar_decision_figures_raw(inputs);
	return en_decision_figures_raw(inputs);
});
// src/lib/paraglide/messages/decision_figures_weighted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Figures_WeightedInputs */
var en_decision_figures_weighted = () => {
	return `Weighted`;
};
var es_decision_figures_weighted = () => {
	return `Ponderado`;
};
var ar_decision_figures_weighted = () => {
	return `بعد الترجيح`;
};
/**
* | output |
* | --- |
* | "Weighted" |
*
* @param {Decision_Figures_WeightedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_figures_weighted = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_figures_weighted(inputs);
	if (locale === "ar") return ar_decision_figures_weighted(inputs);
	return en_decision_figures_weighted(inputs);
});
// src/lib/paraglide/messages/decision_figures_ballots.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Figures_BallotsInputs */
var en_decision_figures_ballots = () => {
	return `Ballots counted`;
};
var es_decision_figures_ballots = () => {
	return `Papeletas contadas`;
};
var ar_decision_figures_ballots = () => {
	return `بطاقات الاقتراع المحتسبة`;
};
/**
* | output |
* | --- |
* | "Ballots counted" |
*
* @param {Decision_Figures_BallotsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_figures_ballots = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_figures_ballots(inputs);
	if (locale === "ar") return ar_decision_figures_ballots(inputs);
	return en_decision_figures_ballots(inputs);
});
// src/lib/paraglide/messages/decision_figures_winner.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Figures_WinnerInputs */
var en_decision_figures_winner = () => {
	return `Winner`;
};
var es_decision_figures_winner = () => {
	return `Ganadora`;
};
var ar_decision_figures_winner = () => {
	return `الخيار الفائز`;
};
/**
* | output |
* | --- |
* | "Winner" |
*
* @param {Decision_Figures_WinnerInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_figures_winner = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_figures_winner(inputs);
	if (locale === "ar") return ar_decision_figures_winner(inputs);
	return en_decision_figures_winner(inputs);
});
// src/lib/paraglide/messages/decision_outcome_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Outcome_HeadingInputs */
var en_decision_outcome_heading = () => {
	return `Outcome`;
};
var es_decision_outcome_heading = () => {
	return `Resultado`;
};
var ar_decision_outcome_heading = () => {
	return `النتيجة`;
};
/**
* | output |
* | --- |
* | "Outcome" |
*
* @param {Decision_Outcome_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_outcome_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_outcome_heading(inputs);
	if (locale === "ar") return ar_decision_outcome_heading(inputs);
	return en_decision_outcome_heading(inputs);
});
// src/lib/paraglide/messages/decision_outcome_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Outcome_NoneInputs */
var en_decision_outcome_none = () => {
	return `The authors have not yet recorded an outcome statement.`;
};
var es_decision_outcome_none = () => {
	return `Las autoras y los autores aún no han registrado una declaración de resultado.`;
};
var ar_decision_outcome_none = () => {
	return `لم يسجّل مقدّمو المقترح بيانًا بالنتيجة بعد.`;
};
/**
* | output |
* | --- |
* | "The authors have not yet recorded an outcome statement." |
*
* @param {Decision_Outcome_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_outcome_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_outcome_none(inputs);
	if (locale === "ar") return ar_decision_outcome_none(inputs);
	return en_decision_outcome_none(inputs);
});
// src/lib/paraglide/messages/decision_outcome_field.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Outcome_FieldInputs */
var en_decision_outcome_field = () => {
	return `Outcome statement`;
};
var es_decision_outcome_field = () => {
	return `Declaración de resultado`;
};
var ar_decision_outcome_field = () => {
	return `بيان النتيجة`;
};
/**
* | output |
* | --- |
* | "Outcome statement" |
*
* @param {Decision_Outcome_FieldInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_outcome_field = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_outcome_field(inputs);
	if (locale === "ar") return ar_decision_outcome_field(inputs);
	return en_decision_outcome_field(inputs);
});
// src/lib/paraglide/messages/decision_outcome_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Outcome_SaveInputs */
var en_decision_outcome_save = () => {
	return `Record the outcome`;
};
var es_decision_outcome_save = () => {
	return `Registrar el resultado`;
};
var ar_decision_outcome_save = () => {
	return `سجّل النتيجة`;
};
/**
* | output |
* | --- |
* | "Record the outcome" |
*
* @param {Decision_Outcome_SaveInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_outcome_save = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_outcome_save(inputs);
	if (locale === "ar") return ar_decision_outcome_save(inputs);
	return en_decision_outcome_save(inputs);
});
// src/lib/paraglide/messages/ballot_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_HeadingInputs */
var en_ballot_heading = () => {
	return `Vote`;
};
var es_ballot_heading = () => {
	return `Votar`;
};
var ar_ballot_heading = () => {
	return `التصويت`;
};
/**
* | output |
* | --- |
* | "Vote" |
*
* @param {Ballot_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_heading(inputs);
	if (locale === "ar") return ar_ballot_heading(inputs);
	return en_ballot_heading(inputs);
});
// src/lib/paraglide/messages/ballot_your_vote.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Your_VoteInputs */
var en_ballot_your_vote = () => {
	return `Your vote`;
};
var es_ballot_your_vote = () => {
	return `Tu voto`;
};
var ar_ballot_your_vote = () => {
	return `صوتك`;
};
/**
* | output |
* | --- |
* | "Your vote" |
*
* @param {Ballot_Your_VoteInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_your_vote = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_your_vote(inputs);
	if (locale === "ar") return ar_ballot_your_vote(inputs);
	return en_ballot_your_vote(inputs);
});
// src/lib/paraglide/messages/ballot_rank_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Rank_LegendInputs */
var en_ballot_rank_legend = () => {
	return `Rank the options`;
};
var es_ballot_rank_legend = () => {
	return `Ordena las opciones`;
};
var ar_ballot_rank_legend = () => {
	return `رتّب الخيارات`;
};
/**
* | output |
* | --- |
* | "Rank the options" |
*
* @param {Ballot_Rank_LegendInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_rank_legend = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_rank_legend(inputs);
	if (locale === "ar") return ar_ballot_rank_legend(inputs);
	return en_ballot_rank_legend(inputs);
});
// src/lib/paraglide/messages/ballot_rank_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Rank_HintInputs */
var en_ballot_rank_hint = () => {
	return `Give 1 to your first choice, 2 to your second, and so on. Leave out options you do not want to rank; no two options may share a number.`;
};
var es_ballot_rank_hint = () => {
	return `Da un 1 a tu primera opción, un 2 a la segunda, y así sucesivamente. Deja sin número las opciones que no quieras ordenar; dos opciones no pueden compartir número.`;
};
var ar_ballot_rank_hint = () => {
	return `أعطِ الرقم 1 لخيارك الأول، و2 لخيارك الثاني، وهكذا. اترك الخيارات التي لا تريد ترتيبها دون رقم؛ ولا يجوز أن يحمل خياران الرقم نفسه.`;
};
/**
* | output |
* | --- |
* | "Give 1 to your first choice, 2 to your second, and so on. Leave out options you do not want to rank; no two options may share a number." |
*
* @param {Ballot_Rank_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_rank_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_rank_hint(inputs);
	if (locale === "ar") return ar_ballot_rank_hint(inputs);
	return en_ballot_rank_hint(inputs);
});
// src/lib/paraglide/messages/ballot_rank_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Rank_NoneInputs */
var en_ballot_rank_none = () => {
	return `Not ranked`;
};
var es_ballot_rank_none = () => {
	return `Sin ordenar`;
};
var ar_ballot_rank_none = () => {
	return `دون ترتيب`;
};
/**
* | output |
* | --- |
* | "Not ranked" |
*
* @param {Ballot_Rank_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_rank_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_rank_none(inputs);
	if (locale === "ar") return ar_ballot_rank_none(inputs);
	return en_ballot_rank_none(inputs);
});
// src/lib/paraglide/messages/ballot_rank_number.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ n: NonNullable<unknown> }} Ballot_Rank_NumberInputs */
var en_ballot_rank_number = (i) => {
	return `Choice ${i?.n}`;
};
var es_ballot_rank_number = (i) => {
	return `Opción n.º ${i?.n}`;
};
var ar_ballot_rank_number = (i) => {
	return `الخيار رقم ${i?.n}`;
};
/**
* | output |
* | --- |
* | "Choice {n}" |
*
* @param {Ballot_Rank_NumberInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_rank_number = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_rank_number(inputs);
	if (locale === "ar") return ar_ballot_rank_number(inputs);
	return en_ballot_rank_number(inputs);
});
// src/lib/paraglide/messages/ballot_approve_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Approve_LegendInputs */
var en_ballot_approve_legend = () => {
	return `Tick every option you approve of`;
};
var es_ballot_approve_legend = () => {
	return `Marca todas las opciones que apruebas`;
};
var ar_ballot_approve_legend = () => {
	return `حدّد كل خيار توافق عليه`;
};
/**
* | output |
* | --- |
* | "Tick every option you approve of" |
*
* @param {Ballot_Approve_LegendInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_approve_legend = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_approve_legend(inputs);
	if (locale === "ar") return ar_ballot_approve_legend(inputs);
	return en_ballot_approve_legend(inputs);
});
// src/lib/paraglide/messages/ballot_score_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ max: NonNullable<unknown> }} Ballot_Score_LegendInputs */
var en_ballot_score_legend = (i) => {
	return `Score each option from 0 to ${i?.max}`;
};
var es_ballot_score_legend = (i) => {
	return `Puntúa cada opción de 0 a ${i?.max}`;
};
var ar_ballot_score_legend = (i) => {
	return `امنح كل خيار درجة من 0 إلى ${i?.max}`;
};
/**
* | output |
* | --- |
* | "Score each option from 0 to {max}" |
*
* @param {Ballot_Score_LegendInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_score_legend = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_score_legend(inputs);
	if (locale === "ar") return ar_ballot_score_legend(inputs);
	return en_ballot_score_legend(inputs);
});
// src/lib/paraglide/messages/ballot_score_blank.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Score_BlankInputs */
var en_ballot_score_blank = () => {
	return `No score`;
};
var es_ballot_score_blank = () => {
	return `Sin puntuación`;
};
var ar_ballot_score_blank = () => {
	return `بلا درجة`;
};
/**
* | output |
* | --- |
* | "No score" |
*
* @param {Ballot_Score_BlankInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_score_blank = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_score_blank(inputs);
	if (locale === "ar") return ar_ballot_score_blank(inputs);
	return en_ballot_score_blank(inputs);
});
// src/lib/paraglide/messages/ballot_reason_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Reason_OpenInputs */
var en_ballot_reason_open = () => {
	return `Your reason (shown with your vote)`;
};
var es_ballot_reason_open = () => {
	return `Tu motivo (se muestra con tu voto)`;
};
var ar_ballot_reason_open = () => {
	return `سببك (يظهر مع صوتك)`;
};
/**
* | output |
* | --- |
* | "Your reason (shown with your vote)" |
*
* @param {Ballot_Reason_OpenInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_reason_open = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_reason_open(inputs);
	if (locale === "ar") return ar_ballot_reason_open(inputs);
	return en_ballot_reason_open(inputs);
});
// src/lib/paraglide/messages/ballot_reason_secret.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Reason_SecretInputs */
var en_ballot_reason_secret = () => {
	return `Your reason (published without your name; needed for a block)`;
};
var es_ballot_reason_secret = () => {
	return `Tu motivo (se publica sin tu nombre; obligatorio para un bloqueo)`;
};
var ar_ballot_reason_secret = () => {
	return `سببك (يُنشر دون اسمك؛ وهو إلزامي للاعتراض المانع)`;
};
/**
* | output |
* | --- |
* | "Your reason (published without your name; needed for a block)" |
*
* @param {Ballot_Reason_SecretInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_reason_secret = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_reason_secret(inputs);
	if (locale === "ar") return ar_ballot_reason_secret(inputs);
	return en_ballot_reason_secret(inputs);
});
// src/lib/paraglide/messages/ballot_change.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_ChangeInputs */
var en_ballot_change = () => {
	return `Change my vote`;
};
var es_ballot_change = () => {
	return `Cambiar mi voto`;
};
var ar_ballot_change = () => {
	return `غيّر صوتي`;
};
/**
* | output |
* | --- |
* | "Change my vote" |
*
* @param {Ballot_ChangeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_change = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_change(inputs);
	if (locale === "ar") return ar_ballot_change(inputs);
	return en_ballot_change(inputs);
});
// src/lib/paraglide/messages/ballot_receipt_given.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Receipt_GivenInputs */
var en_ballot_receipt_given = () => {
	return `Your vote is recorded. Your receipt:`;
};
var es_ballot_receipt_given = () => {
	return `Tu voto ha quedado registrado. Tu comprobante:`;
};
var ar_ballot_receipt_given = () => {
	return `سُجّل صوتك. إيصالك:`;
};
/**
* | output |
* | --- |
* | "Your vote is recorded. Your receipt:" |
*
* @param {Ballot_Receipt_GivenInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_receipt_given = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_receipt_given(inputs);
	if (locale === "ar") return ar_ballot_receipt_given(inputs);
	return en_ballot_receipt_given(inputs);
});
// src/lib/paraglide/messages/ballot_receipt_keep.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Receipt_KeepInputs */
var en_ballot_receipt_keep = () => {
	return `Keep it: after the close you can find your ballot among the published ones with it. It does not show anyone how you voted.`;
};
var es_ballot_receipt_keep = () => {
	return `Guárdalo: tras el cierre, con él podrás encontrar tu papeleta entre las publicadas. No revela a nadie cómo has votado.`;
};
var ar_ballot_receipt_keep = () => {
	return `احتفظ به: بعد الإغلاق يمكنك أن تجد به بطاقة اقتراعك بين البطاقات المنشورة. ولا يكشف لأحد اختيارك.`;
};
/**
* | output |
* | --- |
* | "Keep it: after the close you can find your ballot among the published ones with it. It does not show anyone how you voted." |
*
* @param {Ballot_Receipt_KeepInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_receipt_keep = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_receipt_keep(inputs);
	if (locale === "ar") return ar_ballot_receipt_keep(inputs);
	return en_ballot_receipt_keep(inputs);
});
// src/lib/paraglide/messages/ballot_recorded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_RecordedInputs */
var en_ballot_recorded = () => {
	return `Your vote is recorded.`;
};
var es_ballot_recorded = () => {
	return `Tu voto ha quedado registrado.`;
};
var ar_ballot_recorded = () => {
	return `سُجّل صوتك.`;
};
/**
* | output |
* | --- |
* | "Your vote is recorded." |
*
* @param {Ballot_RecordedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_recorded = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_recorded(inputs);
	if (locale === "ar") return ar_ballot_recorded(inputs);
	return en_ballot_recorded(inputs);
});
// src/lib/paraglide/messages/ballot_you_voted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ at: NonNullable<unknown>, weight: NonNullable<unknown> }} Ballot_You_VotedInputs */
var en_ballot_you_voted = (i) => {
	return `You voted on ${i?.at}; your ballot counts with weight ${i?.weight}.`;
};
var es_ballot_you_voted = (i) => {
	return `Votaste el ${i?.at}; tu papeleta cuenta con un peso de ${i?.weight}.`;
};
var ar_ballot_you_voted = (i) => {
	return `أدليت بصوتك في ${i?.at}؛ ويُحتسب صوتك بوزن ${i?.weight}.`;
};
/**
* | output |
* | --- |
* | "You voted on {at}; your ballot counts with weight {weight}." |
*
* @param {Ballot_You_VotedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_you_voted = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_you_voted(inputs);
	if (locale === "ar") return ar_ballot_you_voted(inputs);
	return en_ballot_you_voted(inputs);
});
// src/lib/paraglide/messages/ballot_your_receipt.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Your_ReceiptInputs */
var en_ballot_your_receipt = () => {
	return `Your receipt:`;
};
var es_ballot_your_receipt = () => {
	return `Tu comprobante:`;
};
var ar_ballot_your_receipt = () => {
	return `إيصالك:`;
};
/**
* | output |
* | --- |
* | "Your receipt:" |
*
* @param {Ballot_Your_ReceiptInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_your_receipt = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_your_receipt(inputs);
	if (locale === "ar") return ar_ballot_your_receipt(inputs);
	return en_ballot_your_receipt(inputs);
});
// src/lib/paraglide/messages/ballot_changed_times.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Ballot_Changed_TimesInputs */
var en_ballot_changed_times = (i) => {
	return `Changed: ${i?.count}`;
};
var es_ballot_changed_times = (i) => {
	return `Cambios: ${i?.count}`;
};
var ar_ballot_changed_times = (i) => {
	return `مرات التغيير: ${i?.count}`;
};
/**
* | output |
* | --- |
* | "Changed: {count}" |
*
* @param {Ballot_Changed_TimesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_changed_times = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_changed_times(inputs);
	if (locale === "ar") return ar_ballot_changed_times(inputs);
	return en_ballot_changed_times(inputs);
});
// src/lib/paraglide/messages/ballot_not_eligible_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Not_Eligible_NoteInputs */
var en_ballot_not_eligible_note = () => {
	return `You are not an active member of this decision's scope, so you may discuss but not vote.`;
};
var es_ballot_not_eligible_note = () => {
	return `No eres miembro activo del ámbito de esta decisión, así que puedes participar en el debate, pero no votar.`;
};
var ar_ballot_not_eligible_note = () => {
	return `لست عضوًا نشطًا في نطاق هذا القرار، لذا يمكنك المشاركة في النقاش دون التصويت.`;
};
/**
* | output |
* | --- |
* | "You are not an active member of this decision's scope, so you may discuss but not vote." |
*
* @param {Ballot_Not_Eligible_NoteInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_not_eligible_note = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_not_eligible_note(inputs);
	if (locale === "ar") return ar_ballot_not_eligible_note(inputs);
	return en_ballot_not_eligible_note(inputs);
});
// src/lib/paraglide/messages/ballot_login_to_vote.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Login_To_VoteInputs */
var en_ballot_login_to_vote = () => {
	return `Log in to vote`;
};
var es_ballot_login_to_vote = () => {
	return `Inicia sesión para votar`;
};
var ar_ballot_login_to_vote = () => {
	return `سجّل الدخول للتصويت`;
};
/**
* | output |
* | --- |
* | "Log in to vote" |
*
* @param {Ballot_Login_To_VoteInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_login_to_vote = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_login_to_vote(inputs);
	if (locale === "ar") return ar_ballot_login_to_vote(inputs);
	return en_ballot_login_to_vote(inputs);
});
// src/lib/paraglide/messages/ballot_open_list.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Ballot_Open_ListInputs */
var en_ballot_open_list = (i) => {
	return `Ballots (${i?.count})`;
};
var es_ballot_open_list = (i) => {
	return `Papeletas (${i?.count})`;
};
var ar_ballot_open_list = (i) => {
	return `بطاقات الاقتراع (${i?.count})`;
};
/**
* | output |
* | --- |
* | "Ballots ({count})" |
*
* @param {Ballot_Open_ListInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_open_list = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_open_list(inputs);
	if (locale === "ar") return ar_ballot_open_list(inputs);
	return en_ballot_open_list(inputs);
});
// src/lib/paraglide/messages/ballot_open_caption.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Open_CaptionInputs */
var en_ballot_open_caption = () => {
	return `Each voter's ballot`;
};
var es_ballot_open_caption = () => {
	return `La papeleta de cada votante`;
};
var ar_ballot_open_caption = () => {
	return `بطاقة اقتراع كل مصوّت`;
};
/**
* | output |
* | --- |
* | "Each voter's ballot" |
*
* @param {Ballot_Open_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_open_caption = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_open_caption(inputs);
	if (locale === "ar") return ar_ballot_open_caption(inputs);
	return en_ballot_open_caption(inputs);
});
// src/lib/paraglide/messages/ballot_choice.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_ChoiceInputs */
var en_ballot_choice = () => {
	return `Vote`;
};
var es_ballot_choice = () => {
	return `Voto`;
};
var ar_ballot_choice = () => {
	return `الصوت`;
};
/**
* | output |
* | --- |
* | "Vote" |
*
* @param {Ballot_ChoiceInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_choice = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_choice(inputs);
	if (locale === "ar") return ar_ballot_choice(inputs);
	return en_ballot_choice(inputs);
});
// src/lib/paraglide/messages/ballot_weight.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_WeightInputs */
var en_ballot_weight = () => {
	return `Weight`;
};
var es_ballot_weight = () => {
	return `Peso`;
};
var ar_ballot_weight = () => {
	return `الوزن`;
};
/**
* | output |
* | --- |
* | "Weight" |
*
* @param {Ballot_WeightInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_weight = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_weight(inputs);
	if (locale === "ar") return ar_ballot_weight(inputs);
	return en_ballot_weight(inputs);
});
// src/lib/paraglide/messages/ballot_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_ReasonInputs */
var en_ballot_reason = () => {
	return `Reason`;
};
var es_ballot_reason = () => {
	return `Motivo`;
};
var ar_ballot_reason = () => {
	return `السبب`;
};
/**
* | output |
* | --- |
* | "Reason" |
*
* @param {Ballot_ReasonInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_reason = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_reason(inputs);
	if (locale === "ar") return ar_ballot_reason(inputs);
	return en_ballot_reason(inputs);
});
// src/lib/paraglide/messages/stake_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stake_HeadingInputs */
var en_stake_heading = () => {
	return `How affected are members?`;
};
var es_stake_heading = () => {
	return `¿Cuánto afecta a cada miembro?`;
};
var ar_stake_heading = () => {
	return `ما مدى تأثر الأعضاء؟`;
};
/**
* | output |
* | --- |
* | "How affected are members?" |
*
* @param {Stake_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_heading(inputs);
	if (locale === "ar") return ar_stake_heading(inputs);
	return en_stake_heading(inputs);
});
// src/lib/paraglide/messages/stake_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ levels: NonNullable<unknown> }} Stake_LeadInputs */
var en_stake_lead = (i) => {
	return `Each voter declares how affected they are, from 1 (hardly) to ${i?.levels} (deeply), with a reason. Declarations are public, even when the ballot is secret, and can be questioned in the discussion.`;
};
var es_stake_lead = (i) => {
	return `Cada votante declara cuánto le afecta, de 1 (apenas) a ${i?.levels} (profundamente), con un motivo. Las declaraciones son públicas, aunque el voto sea secreto, y se pueden cuestionar en el debate.`;
};
var ar_stake_lead = (i) => {
	return `يعلن كل مصوّت مدى تأثره، من 1 (بالكاد) إلى ${i?.levels} (بعمق)، مع ذكر السبب. الإعلانات علنية، حتى حين يكون الاقتراع سريًا، ويمكن مناقشتها في النقاش.`;
};
/**
* | output |
* | --- |
* | "Each voter declares how affected they are, from 1 (hardly) to {levels} (deeply), with a reason. Declarations are public, even when the ballot is secret, and ..." |
*
* @param {Stake_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_lead = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_lead(inputs);
	if (locale === "ar") return ar_stake_lead(inputs);
	return en_stake_lead(inputs);
});
// src/lib/paraglide/messages/stake_level_field.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ levels: NonNullable<unknown> }} Stake_Level_FieldInputs */
var en_stake_level_field = (i) => {
	return `Your stake (1 to ${i?.levels})`;
};
var es_stake_level_field = (i) => {
	return `Tu grado de afectación (de 1 a ${i?.levels})`;
};
var ar_stake_level_field = (i) => {
	return `درجة تأثرك (من 1 إلى ${i?.levels})`;
};
/**
* | output |
* | --- |
* | "Your stake (1 to {levels})" |
*
* @param {Stake_Level_FieldInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_level_field = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_level_field(inputs);
	if (locale === "ar") return ar_stake_level_field(inputs);
	return en_stake_level_field(inputs);
});
// src/lib/paraglide/messages/stake_reason_field.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stake_Reason_FieldInputs */
var en_stake_reason_field = () => {
	return `Why`;
};
var es_stake_reason_field = () => {
	return `Por qué`;
};
var ar_stake_reason_field = () => {
	return `لماذا`;
};
/**
* | output |
* | --- |
* | "Why" |
*
* @param {Stake_Reason_FieldInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_reason_field = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_reason_field(inputs);
	if (locale === "ar") return ar_stake_reason_field(inputs);
	return en_stake_reason_field(inputs);
});
// src/lib/paraglide/messages/stake_reason_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stake_Reason_HintInputs */
var en_stake_reason_hint = () => {
	return `Say how the decision affects you.`;
};
var es_stake_reason_hint = () => {
	return `Explica cómo te afecta la decisión.`;
};
var ar_stake_reason_hint = () => {
	return `اشرح كيف يمسّك القرار.`;
};
/**
* | output |
* | --- |
* | "Say how the decision affects you." |
*
* @param {Stake_Reason_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_reason_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_reason_hint(inputs);
	if (locale === "ar") return ar_stake_reason_hint(inputs);
	return en_stake_reason_hint(inputs);
});
// src/lib/paraglide/messages/stake_declare.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stake_DeclareInputs */
var en_stake_declare = () => {
	return `Declare`;
};
var es_stake_declare = () => {
	return `Declarar`;
};
var ar_stake_declare = () => {
	return `أعلن`;
};
/**
* | output |
* | --- |
* | "Declare" |
*
* @param {Stake_DeclareInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_declare = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_declare(inputs);
	if (locale === "ar") return ar_stake_declare(inputs);
	return en_stake_declare(inputs);
});
// src/lib/paraglide/messages/stake_member.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stake_MemberInputs */
var en_stake_member = () => {
	return `Member`;
};
var es_stake_member = () => {
	return `Miembro`;
};
var ar_stake_member = () => {
	return `العضو`;
};
/**
* | output |
* | --- |
* | "Member" |
*
* @param {Stake_MemberInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_member = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_member(inputs);
	if (locale === "ar") return ar_stake_member(inputs);
	return en_stake_member(inputs);
});
// src/lib/paraglide/messages/stake_level.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stake_LevelInputs */
var en_stake_level = () => {
	return `Stake`;
};
var es_stake_level = () => {
	return `Afectación`;
};
var ar_stake_level = () => {
	return `درجة التأثر`;
};
/**
* | output |
* | --- |
* | "Stake" |
*
* @param {Stake_LevelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_level = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_level(inputs);
	if (locale === "ar") return ar_stake_level(inputs);
	return en_stake_level(inputs);
});
// src/lib/paraglide/messages/stake_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stake_ReasonInputs */
var en_stake_reason = () => {
	return `Reason`;
};
var es_stake_reason = () => {
	return `Motivo`;
};
var ar_stake_reason = () => {
	return `السبب`;
};
/**
* | output |
* | --- |
* | "Reason" |
*
* @param {Stake_ReasonInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_reason = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_reason(inputs);
	if (locale === "ar") return ar_stake_reason(inputs);
	return en_stake_reason(inputs);
});
// src/lib/paraglide/messages/stake_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stake_NoneInputs */
var en_stake_none = () => {
	return `No declarations yet.`;
};
var es_stake_none = () => {
	return `Todavía no hay declaraciones.`;
};
var ar_stake_none = () => {
	return `لا إعلانات بعد.`;
};
/**
* | output |
* | --- |
* | "No declarations yet." |
*
* @param {Stake_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_none(inputs);
	if (locale === "ar") return ar_stake_none(inputs);
	return en_stake_none(inputs);
});
// src/lib/paraglide/messages/minority_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Minority_HeadingInputs */
var en_minority_heading = () => {
	return `Minority reports`;
};
var es_minority_heading = () => {
	return `Informes de minoría`;
};
var ar_minority_heading = () => {
	return `تقارير الأقلية`;
};
/**
* | output |
* | --- |
* | "Minority reports" |
*
* @param {Minority_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_heading(inputs);
	if (locale === "ar") return ar_minority_heading(inputs);
	return en_minority_heading(inputs);
});
// src/lib/paraglide/messages/minority_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Minority_LeadInputs */
var en_minority_lead = () => {
	return `Members who voted on the losing side may file a report; others may co-sign it. Reports stay with the decision for good.`;
};
var es_minority_lead = () => {
	return `Los miembros que votaron en el lado perdedor pueden presentar un informe; los demás pueden firmarlo también. Los informes quedan unidos a la decisión para siempre.`;
};
var ar_minority_lead = () => {
	return `يمكن للأعضاء الذين صوّتوا في الجانب الخاسر تقديم تقرير، ويمكن لغيرهم المشاركة في توقيعه. وتبقى التقارير مقرونة بالقرار إلى الأبد.`;
};
/**
* | output |
* | --- |
* | "Members who voted on the losing side may file a report; others may co-sign it. Reports stay with the decision for good." |
*
* @param {Minority_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_lead = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_lead(inputs);
	if (locale === "ar") return ar_minority_lead(inputs);
	return en_minority_lead(inputs);
});
// src/lib/paraglide/messages/minority_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Minority_NoneInputs */
var en_minority_none = () => {
	return `No minority reports.`;
};
var es_minority_none = () => {
	return `No hay informes de minoría.`;
};
var ar_minority_none = () => {
	return `لا توجد تقارير أقلية.`;
};
/**
* | output |
* | --- |
* | "No minority reports." |
*
* @param {Minority_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_none(inputs);
	if (locale === "ar") return ar_minority_none(inputs);
	return en_minority_none(inputs);
});
// src/lib/paraglide/messages/minority_signed_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Minority_Signed_ByInputs */
var en_minority_signed_by = (i) => {
	return `Signed by (${i?.count}):`;
};
var es_minority_signed_by = (i) => {
	return `Firmado por (${i?.count}):`;
};
var ar_minority_signed_by = (i) => {
	return `وقّعه (${i?.count}):`;
};
/**
* | output |
* | --- |
* | "Signed by ({count}):" |
*
* @param {Minority_Signed_ByInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_signed_by = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_signed_by(inputs);
	if (locale === "ar") return ar_minority_signed_by(inputs);
	return en_minority_signed_by(inputs);
});
// src/lib/paraglide/messages/minority_sign.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Minority_SignInputs */
var en_minority_sign = () => {
	return `Co-sign`;
};
var es_minority_sign = () => {
	return `Firmar también`;
};
var ar_minority_sign = () => {
	return `شارك في التوقيع`;
};
/**
* | output |
* | --- |
* | "Co-sign" |
*
* @param {Minority_SignInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_sign = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_sign(inputs);
	if (locale === "ar") return ar_minority_sign(inputs);
	return en_minority_sign(inputs);
});
// src/lib/paraglide/messages/minority_file.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ at: NonNullable<unknown> }} Minority_FileInputs */
var en_minority_file = (i) => {
	return `File a minority report (until ${i?.at})`;
};
var es_minority_file = (i) => {
	return `Presentar un informe de minoría (hasta el ${i?.at})`;
};
var ar_minority_file = (i) => {
	return `قدّم تقرير أقلية (حتى ${i?.at})`;
};
/**
* | output |
* | --- |
* | "File a minority report (until {at})" |
*
* @param {Minority_FileInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_file = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_file(inputs);
	if (locale === "ar") return ar_minority_file(inputs);
	return en_minority_file(inputs);
});
// src/lib/paraglide/messages/minority_body_field.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Minority_Body_FieldInputs */
var en_minority_body_field = () => {
	return `The report`;
};
var es_minority_body_field = () => {
	return `El informe`;
};
var ar_minority_body_field = () => {
	return `التقرير`;
};
/**
* | output |
* | --- |
* | "The report" |
*
* @param {Minority_Body_FieldInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_body_field = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_body_field(inputs);
	if (locale === "ar") return ar_minority_body_field(inputs);
	return en_minority_body_field(inputs);
});
// src/lib/paraglide/messages/minority_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Minority_SubmitInputs */
var en_minority_submit = () => {
	return `File the report`;
};
var es_minority_submit = () => {
	return `Presentar el informe`;
};
var ar_minority_submit = () => {
	return `قدّم التقرير`;
};
/**
* | output |
* | --- |
* | "File the report" |
*
* @param {Minority_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_submit(inputs);
	if (locale === "ar") return ar_minority_submit(inputs);
	return en_minority_submit(inputs);
});
// src/lib/paraglide/messages/petition_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_HeadingInputs */
var en_petition_heading = () => {
	return `Revisit`;
};
var es_petition_heading = () => {
	return `Revisión`;
};
var ar_petition_heading = () => {
	return `إعادة النظر`;
};
/**
* | output |
* | --- |
* | "Revisit" |
*
* @param {Petition_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_heading(inputs);
	if (locale === "ar") return ar_petition_heading(inputs);
	return en_petition_heading(inputs);
});
// src/lib/paraglide/messages/petition_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ percent: NonNullable<unknown> }} Petition_LeadInputs */
var en_petition_lead = (i) => {
	return `Any eligible member may petition to reopen this decision. When ${i?.percent}% of the eligible members have signed, a new proposal linked to this one opens.`;
};
var es_petition_lead = (i) => {
	return `Cualquier miembro con derecho a voto puede pedir que se reabra esta decisión. Cuando haya firmado el ${i?.percent} % de los miembros con derecho a voto, se abrirá una nueva propuesta vinculada a esta.`;
};
var ar_petition_lead = (i) => {
	return `يمكن لأي عضو يحق له التصويت أن يقدّم عريضة لإعادة فتح هذا القرار. وعندما يوقّعها ${i?.percent}% من الأعضاء الذين يحق لهم التصويت، يُفتح مقترح جديد مرتبط بهذا القرار.`;
};
/**
* | output |
* | --- |
* | "Any eligible member may petition to reopen this decision. When {percent}% of the eligible members have signed, a new proposal linked to this one opens." |
*
* @param {Petition_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_lead = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_lead(inputs);
	if (locale === "ar") return ar_petition_lead(inputs);
	return en_petition_lead(inputs);
});
// src/lib/paraglide/messages/petition_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Petition_ByInputs */
var en_petition_by = (i) => {
	return `Petition by ${i?.name}`;
};
var es_petition_by = (i) => {
	return `Petición de ${i?.name}`;
};
var ar_petition_by = (i) => {
	return `عريضة من ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Petition by {name}" |
*
* @param {Petition_ByInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_by = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_by(inputs);
	if (locale === "ar") return ar_petition_by(inputs);
	return en_petition_by(inputs);
});
// src/lib/paraglide/messages/petition_progress.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ signatures: NonNullable<unknown>, threshold: NonNullable<unknown> }} Petition_ProgressInputs */
var en_petition_progress = (i) => {
	return `Signatures: ${i?.signatures} of ${i?.threshold}`;
};
var es_petition_progress = (i) => {
	return `Firmas: ${i?.signatures} de ${i?.threshold}`;
};
var ar_petition_progress = (i) => {
	return `التوقيعات: ${i?.signatures} من ${i?.threshold}`;
};
/**
* | output |
* | --- |
* | "Signatures: {signatures} of {threshold}" |
*
* @param {Petition_ProgressInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_progress = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_progress(inputs);
	if (locale === "ar") return ar_petition_progress(inputs);
	return en_petition_progress(inputs);
});
// src/lib/paraglide/messages/petition_reopened.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_ReopenedInputs */
var en_petition_reopened = () => {
	return `Reopened: see the new proposal`;
};
var es_petition_reopened = () => {
	return `Reabierta: consulta la nueva propuesta`;
};
var ar_petition_reopened = () => {
	return `أُعيد فتحه: اطّلع على المقترح الجديد`;
};
/**
* | output |
* | --- |
* | "Reopened: see the new proposal" |
*
* @param {Petition_ReopenedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_reopened = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_reopened(inputs);
	if (locale === "ar") return ar_petition_reopened(inputs);
	return en_petition_reopened(inputs);
});
// src/lib/paraglide/messages/petition_sign.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_SignInputs */
var en_petition_sign = () => {
	return `Sign`;
};
var es_petition_sign = () => {
	return `Firmar`;
};
var ar_petition_sign = () => {
	return `وقّع`;
};
/**
* | output |
* | --- |
* | "Sign" |
*
* @param {Petition_SignInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_sign = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_sign(inputs);
	if (locale === "ar") return ar_petition_sign(inputs);
	return en_petition_sign(inputs);
});
// src/lib/paraglide/messages/petition_you_signed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_You_SignedInputs */
var en_petition_you_signed = () => {
	return `You have signed.`;
};
var es_petition_you_signed = () => {
	return `Has firmado.`;
};
var ar_petition_you_signed = () => {
	return `لقد وقّعت.`;
};
/**
* | output |
* | --- |
* | "You have signed." |
*
* @param {Petition_You_SignedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_you_signed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_you_signed(inputs);
	if (locale === "ar") return ar_petition_you_signed(inputs);
	return en_petition_you_signed(inputs);
});
// src/lib/paraglide/messages/petition_start.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_StartInputs */
var en_petition_start = () => {
	return `Petition to revisit`;
};
var es_petition_start = () => {
	return `Pedir una revisión`;
};
var ar_petition_start = () => {
	return `قدّم عريضة لإعادة النظر`;
};
/**
* | output |
* | --- |
* | "Petition to revisit" |
*
* @param {Petition_StartInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_start = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_start(inputs);
	if (locale === "ar") return ar_petition_start(inputs);
	return en_petition_start(inputs);
});
// src/lib/paraglide/messages/petition_reason_field.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_Reason_FieldInputs */
var en_petition_reason_field = () => {
	return `Why it should be reopened`;
};
var es_petition_reason_field = () => {
	return `Por qué debería reabrirse`;
};
var ar_petition_reason_field = () => {
	return `لماذا ينبغي إعادة فتحه`;
};
/**
* | output |
* | --- |
* | "Why it should be reopened" |
*
* @param {Petition_Reason_FieldInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_reason_field = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_reason_field(inputs);
	if (locale === "ar") return ar_petition_reason_field(inputs);
	return en_petition_reason_field(inputs);
});
// src/lib/paraglide/messages/petition_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_SubmitInputs */
var en_petition_submit = () => {
	return `Start the petition`;
};
var es_petition_submit = () => {
	return `Iniciar la petición`;
};
var ar_petition_submit = () => {
	return `ابدأ العريضة`;
};
/**
* | output |
* | --- |
* | "Start the petition" |
*
* @param {Petition_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_submit(inputs);
	if (locale === "ar") return ar_petition_submit(inputs);
	return en_petition_submit(inputs);
});
// src/lib/paraglide/messages/publication_json.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Publication_JsonInputs */
var en_publication_json = () => {
	return `Ballots (JSON)`;
};
var es_publication_json = () => {
	return `Papeletas (JSON)`;
};
var ar_publication_json = () => {
	return `بطاقات الاقتراع (JSON)`;
};
/**
* | output |
* | --- |
* | "Ballots (JSON)" |
*
* @param {Publication_JsonInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var publication_json = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_publication_json(inputs);
	if (locale === "ar") return ar_publication_json(inputs);
	return en_publication_json(inputs);
});
// src/lib/paraglide/messages/publication_blt.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Publication_BltInputs */
var en_publication_blt = () => {
	return `Ballots (BLT)`;
};
var es_publication_blt = () => {
	return `Papeletas (BLT)`;
};
var ar_publication_blt = () => {
	return `بطاقات الاقتراع (BLT)`;
};
/**
* | output |
* | --- |
* | "Ballots (BLT)" |
*
* @param {Publication_BltInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var publication_blt = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_publication_blt(inputs);
	if (locale === "ar") return ar_publication_blt(inputs);
	return en_publication_blt(inputs);
});
// src/lib/paraglide/messages/receipt_find_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_Find_LinkInputs */
var en_receipt_find_link = () => {
	return `Find my ballot by receipt`;
};
var es_receipt_find_link = () => {
	return `Buscar mi papeleta con el comprobante`;
};
var ar_receipt_find_link = () => {
	return `ابحث عن بطاقة اقتراعي بالإيصال`;
};
/**
* | output |
* | --- |
* | "Find my ballot by receipt" |
*
* @param {Receipt_Find_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var receipt_find_link = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_receipt_find_link(inputs);
	if (locale === "ar") return ar_receipt_find_link(inputs);
	return en_receipt_find_link(inputs);
});
export { ballot_rank_hint as $, stake_lead as A, decision_coauthor_add as At, ballot_your_receipt as B, decision_follows_positions as Bt, stake_reason as C, decision_rules_heading as Ct, stake_reason_hint as D, decision_amendments_link as Dt, stake_declare as E, decision_revise as Et, ballot_open_caption as F, decision_draft_lead as Ft, ballot_change as G, decision_quorum_none as Gt, ballot_recorded as H, decision_reopened_as as Ht, ballot_open_list as I, decision_draft_heading as It, ballot_score_blank as J, decision_stage_positions as Jt, ballot_reason_secret as K, decision_quorum_value as Kt, ballot_login_to_vote as L, decision_until as Lt, ballot_reason as M, decision_coauthor_field as Mt, ballot_weight as N, decision_submit as Nt, stake_reason_field as O, decision_versions_link as Ot, ballot_choice as P, decision_edit as Pt, ballot_rank_none as Q, ballot_not_eligible_note as R, decision_timeline as Rt, stake_none as S, decision_group_rule as St, stake_member as T, decision_close_amendments as Tt, ballot_receipt_keep as U, decision_by as Ut, ballot_you_voted as V, decision_followed_by_runoff as Vt, ballot_receipt_given as W, decision_scope_is as Wt, ballot_approve_legend as X, ballot_score_legend as Y, decision_open_ballot as Yt, ballot_rank_number as Z, minority_sign as _, decision_results_hidden_until as _t, petition_reason_field as a, decision_outcome_none as at, minority_lead as b, decision_results_hidden as bt, petition_sign as c, decision_figures_ballots as ct, petition_by as d, decision_figures_answer as dt, ballot_rank_legend as et, petition_lead as f, decision_figures_caption as ft, minority_file as g, decision_turnout as gt, minority_body_field as h, decision_quorum_reached as ht, petition_submit as i, decision_outcome_field as it, stake_heading as j, decision_coauthor_hint as jt, stake_level_field as k, decision_text_heading as kt, petition_reopened as l, decision_figures_weighted as lt, minority_submit as m, decision_quorum_missing as mt, publication_blt as n, ballot_heading as nt, petition_start as o, decision_outcome_heading as ot, petition_heading as p, decision_reminders_link as pt, ballot_reason_open as q, decision_threshold_value as qt, publication_json as r, decision_outcome_save as rt, petition_you_signed as s, decision_figures_winner as st, receipt_find_link as t, ballot_your_vote as tt, petition_progress as u, decision_figures_raw as ut, minority_signed_by as v, decision_results_live as vt, stake_level as w, decision_close_amendments_vote as wt, minority_heading as x, decision_stake_rule as xt, minority_none as y, decision_results_heading as yt, ballot_changed_times as z, decision_revisits as zt };
