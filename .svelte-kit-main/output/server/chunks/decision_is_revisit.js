import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decision_register_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Register_TitleInputs */
var en_decision_register_title = () => {
	return `Decisions`;
};
var es_decision_register_title = () => {
	return `Decisiones`;
};
var ar_decision_register_title = () => {
	return `القرارات`;
};
/**
* | output |
* | --- |
* | "Decisions" |
*
* @param {Decision_Register_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_register_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_register_title(inputs);
	if (locale === "ar") return ar_decision_register_title(inputs);
	return en_decision_register_title(inputs);
});
// src/lib/paraglide/messages/decision_register_lead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Register_LeadInputs */
var en_decision_register_lead = () => {
	return `Every proposal, vote and outcome of the organisation, its chapters, projects and committees, with the dissent that was recorded.`;
};
var es_decision_register_lead = () => {
	return `Todas las propuestas, votaciones y resultados de la organización, sus capítulos, proyectos y comisiones, con los desacuerdos que quedaron registrados.`;
};
var ar_decision_register_lead = () => {
	return `كل مقترح وتصويت ونتيجة في المنظمة وفروعها ومشاريعها ولجانها، مع ما سُجّل من آراء مخالفة.`;
};
/**
* | output |
* | --- |
* | "Every proposal, vote and outcome of the organisation, its chapters, projects and committees, with the dissent that was recorded." |
*
* @param {Decision_Register_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_register_lead = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_register_lead(inputs);
	if (locale === "ar") return ar_decision_register_lead(inputs);
	return en_decision_register_lead(inputs);
});
// src/lib/paraglide/messages/decision_register_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Register_EmptyInputs */
var en_decision_register_empty = () => {
	return `No decisions match.`;
};
var es_decision_register_empty = () => {
	return `Ninguna decisión coincide.`;
};
var ar_decision_register_empty = () => {
	return `لا توجد قرارات مطابقة.`;
};
/**
* | output |
* | --- |
* | "No decisions match." |
*
* @param {Decision_Register_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_register_empty = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_register_empty(inputs);
	if (locale === "ar") return ar_decision_register_empty(inputs);
	return en_decision_register_empty(inputs);
});
// src/lib/paraglide/messages/decision_propose.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_ProposeInputs */
var en_decision_propose = () => {
	return `Propose a decision`;
};
var es_decision_propose = () => {
	return `Proponer una decisión`;
};
var ar_decision_propose = () => {
	return `اقترح قرارًا`;
};
/**
* | output |
* | --- |
* | "Propose a decision" |
*
* @param {Decision_ProposeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_propose = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_propose(inputs);
	if (locale === "ar") return ar_decision_propose(inputs);
	return en_decision_propose(inputs);
});
// src/lib/paraglide/messages/decision_your_drafts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Your_DraftsInputs */
var en_decision_your_drafts = () => {
	return `Your drafts`;
};
var es_decision_your_drafts = () => {
	return `Tus borradores`;
};
var ar_decision_your_drafts = () => {
	return `مسوداتك`;
};
/**
* | output |
* | --- |
* | "Your drafts" |
*
* @param {Decision_Your_DraftsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_your_drafts = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_your_drafts(inputs);
	if (locale === "ar") return ar_decision_your_drafts(inputs);
	return en_decision_your_drafts(inputs);
});
// src/lib/paraglide/messages/decision_filter_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Filter_LabelInputs */
var en_decision_filter_label = () => {
	return `Filter decisions`;
};
var es_decision_filter_label = () => {
	return `Filtrar decisiones`;
};
var ar_decision_filter_label = () => {
	return `تصفية القرارات`;
};
/**
* | output |
* | --- |
* | "Filter decisions" |
*
* @param {Decision_Filter_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_filter_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_filter_label(inputs);
	if (locale === "ar") return ar_decision_filter_label(inputs);
	return en_decision_filter_label(inputs);
});
// src/lib/paraglide/messages/decision_filter_search.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Filter_SearchInputs */
var en_decision_filter_search = () => {
	return `Words`;
};
var es_decision_filter_search = () => {
	return `Palabras`;
};
var ar_decision_filter_search = () => {
	return `كلمات`;
};
/**
* | output |
* | --- |
* | "Words" |
*
* @param {Decision_Filter_SearchInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_filter_search = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_filter_search(inputs);
	if (locale === "ar") return ar_decision_filter_search(inputs);
	return en_decision_filter_search(inputs);
});
// src/lib/paraglide/messages/decision_filter_phase.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Filter_PhaseInputs */
var en_decision_filter_phase = () => {
	return `Phase`;
};
var es_decision_filter_phase = () => {
	return `Fase`;
};
var ar_decision_filter_phase = () => {
	return `المرحلة`;
};
/**
* | output |
* | --- |
* | "Phase" |
*
* @param {Decision_Filter_PhaseInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_filter_phase = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_filter_phase(inputs);
	if (locale === "ar") return ar_decision_filter_phase(inputs);
	return en_decision_filter_phase(inputs);
});
// src/lib/paraglide/messages/decision_filter_outcome.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Filter_OutcomeInputs */
var en_decision_filter_outcome = () => {
	return `Outcome`;
};
var es_decision_filter_outcome = () => {
	return `Resultado`;
};
var ar_decision_filter_outcome = () => {
	return `النتيجة`;
};
/**
* | output |
* | --- |
* | "Outcome" |
*
* @param {Decision_Filter_OutcomeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_filter_outcome = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_filter_outcome(inputs);
	if (locale === "ar") return ar_decision_filter_outcome(inputs);
	return en_decision_filter_outcome(inputs);
});
// src/lib/paraglide/messages/decision_filter_any.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Filter_AnyInputs */
var en_decision_filter_any = () => {
	return `Any`;
};
var es_decision_filter_any = () => {
	return `Cualquiera`;
};
var ar_decision_filter_any = () => {
	return `أيّ`;
};
/**
* | output |
* | --- |
* | "Any" |
*
* @param {Decision_Filter_AnyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_filter_any = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_filter_any(inputs);
	if (locale === "ar") return ar_decision_filter_any(inputs);
	return en_decision_filter_any(inputs);
});
// src/lib/paraglide/messages/decision_filter_apply.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Filter_ApplyInputs */
var en_decision_filter_apply = () => {
	return `Filter`;
};
var es_decision_filter_apply = () => {
	return `Filtrar`;
};
var ar_decision_filter_apply = () => {
	return `تصفية`;
};
/**
* | output |
* | --- |
* | "Filter" |
*
* @param {Decision_Filter_ApplyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_filter_apply = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_filter_apply(inputs);
	if (locale === "ar") return ar_decision_filter_apply(inputs);
	return en_decision_filter_apply(inputs);
});
// src/lib/paraglide/messages/decision_reports_count.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Decision_Reports_CountInputs */
var en_decision_reports_count = (i) => {
	return `Minority reports: ${i?.count}`;
};
var es_decision_reports_count = (i) => {
	return `Informes de minoría: ${i?.count}`;
};
var ar_decision_reports_count = (i) => {
	return `تقارير الأقلية: ${i?.count}`;
};
/**
* | output |
* | --- |
* | "Minority reports: {count}" |
*
* @param {Decision_Reports_CountInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_reports_count = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_reports_count(inputs);
	if (locale === "ar") return ar_decision_reports_count(inputs);
	return en_decision_reports_count(inputs);
});
// src/lib/paraglide/messages/decision_voting_until.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ at: NonNullable<unknown> }} Decision_Voting_UntilInputs */
var en_decision_voting_until = (i) => {
	return `Voting until ${i?.at}`;
};
var es_decision_voting_until = (i) => {
	return `Votación hasta el ${i?.at}`;
};
var ar_decision_voting_until = (i) => {
	return `التصويت حتى ${i?.at}`;
};
/**
* | output |
* | --- |
* | "Voting until {at}" |
*
* @param {Decision_Voting_UntilInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_voting_until = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_voting_until(inputs);
	if (locale === "ar") return ar_decision_voting_until(inputs);
	return en_decision_voting_until(inputs);
});
// src/lib/paraglide/messages/decision_closed_at.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ at: NonNullable<unknown> }} Decision_Closed_AtInputs */
var en_decision_closed_at = (i) => {
	return `Closed ${i?.at}`;
};
var es_decision_closed_at = (i) => {
	return `Cerrada el ${i?.at}`;
};
var ar_decision_closed_at = (i) => {
	return `أُغلق في ${i?.at}`;
};
/**
* | output |
* | --- |
* | "Closed {at}" |
*
* @param {Decision_Closed_AtInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_closed_at = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_closed_at(inputs);
	if (locale === "ar") return ar_decision_closed_at(inputs);
	return en_decision_closed_at(inputs);
});
// src/lib/paraglide/messages/decision_is_revisit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Is_RevisitInputs */
var en_decision_is_revisit = () => {
	return `Revisit`;
};
var es_decision_is_revisit = () => {
	return `Revisión`;
};
var ar_decision_is_revisit = () => {
	return `إعادة نظر`;
};
/**
* | output |
* | --- |
* | "Revisit" |
*
* @param {Decision_Is_RevisitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_is_revisit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_is_revisit(inputs);
	if (locale === "ar") return ar_decision_is_revisit(inputs);
	return en_decision_is_revisit(inputs);
});
export { decision_filter_apply as a, decision_filter_phase as c, decision_your_drafts as d, decision_propose as f, decision_register_title as h, decision_reports_count as i, decision_filter_search as l, decision_register_lead as m, decision_closed_at as n, decision_filter_any as o, decision_register_empty as p, decision_voting_until as r, decision_filter_outcome as s, decision_is_revisit as t, decision_filter_label as u };
