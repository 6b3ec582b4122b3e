import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decision_weighting_equal_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Weighting_Equal_HintInputs */
var en_decision_weighting_equal_hint = () => {
	return `Every ballot counts once.`;
};
var es_decision_weighting_equal_hint = () => {
	return `Cada papeleta cuenta una vez.`;
};
var ar_decision_weighting_equal_hint = () => {
	return `تُحتسب كل بطاقة اقتراع مرة واحدة.`;
};
/**
* | output |
* | --- |
* | "Every ballot counts once." |
*
* @param {Decision_Weighting_Equal_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_weighting_equal_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_weighting_equal_hint(inputs);
	if (locale === "ar") return ar_decision_weighting_equal_hint(inputs);
	return en_decision_weighting_equal_hint(inputs);
});
// src/lib/paraglide/messages/decision_weighting_group_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Weighting_Group_HintInputs */
var en_decision_weighting_group_hint = () => {
	return `Members of the groups named as affected count more.`;
};
var es_decision_weighting_group_hint = () => {
	return `Los miembros de los grupos señalados como afectados cuentan más.`;
};
var ar_decision_weighting_group_hint = () => {
	return `يكون لأعضاء المجموعات المذكورة على أنها متأثرة وزنٌ أكبر.`;
};
/**
* | output |
* | --- |
* | "Members of the groups named as affected count more." |
*
* @param {Decision_Weighting_Group_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_weighting_group_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_weighting_group_hint(inputs);
	if (locale === "ar") return ar_decision_weighting_group_hint(inputs);
	return en_decision_weighting_group_hint(inputs);
});
// src/lib/paraglide/messages/decision_weighting_stake_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Weighting_Stake_HintInputs */
var en_decision_weighting_stake_hint = () => {
	return `Each voter declares how affected they are, publicly and with a reason; their ballot counts that much.`;
};
var es_decision_weighting_stake_hint = () => {
	return `Cada votante declara cuánto le afecta, públicamente y con un motivo; su papeleta cuenta en esa medida.`;
};
var ar_decision_weighting_stake_hint = () => {
	return `يعلن كل مصوّت مدى تأثره بالقرار، علنًا ومع ذكر السبب؛ ويُحتسب صوته بهذا القدر.`;
};
/**
* | output |
* | --- |
* | "Each voter declares how affected they are, publicly and with a reason; their ballot counts that much." |
*
* @param {Decision_Weighting_Stake_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_weighting_stake_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_weighting_stake_hint(inputs);
	if (locale === "ar") return ar_decision_weighting_stake_hint(inputs);
	return en_decision_weighting_stake_hint(inputs);
});
// src/lib/paraglide/messages/decision_save_draft.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Save_DraftInputs */
var en_decision_save_draft = () => {
	return `Save draft`;
};
var es_decision_save_draft = () => {
	return `Guardar el borrador`;
};
var ar_decision_save_draft = () => {
	return `احفظ المسودة`;
};
/**
* | output |
* | --- |
* | "Save draft" |
*
* @param {Decision_Save_DraftInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_save_draft = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_save_draft(inputs);
	if (locale === "ar") return ar_decision_save_draft(inputs);
	return en_decision_save_draft(inputs);
});
// src/lib/paraglide/messages/decision_form_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Form_TextInputs */
var en_decision_form_text = () => {
	return `The proposal`;
};
var es_decision_form_text = () => {
	return `La propuesta`;
};
var ar_decision_form_text = () => {
	return `المقترح`;
};
/**
* | output |
* | --- |
* | "The proposal" |
*
* @param {Decision_Form_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_form_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_form_text(inputs);
	if (locale === "ar") return ar_decision_form_text(inputs);
	return en_decision_form_text(inputs);
});
// src/lib/paraglide/messages/decision_form_scope.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Form_ScopeInputs */
var en_decision_form_scope = () => {
	return `Who decides`;
};
var es_decision_form_scope = () => {
	return `Quién decide`;
};
var ar_decision_form_scope = () => {
	return `مَن يقرّر`;
};
/**
* | output |
* | --- |
* | "Who decides" |
*
* @param {Decision_Form_ScopeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_form_scope = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_form_scope(inputs);
	if (locale === "ar") return ar_decision_form_scope(inputs);
	return en_decision_form_scope(inputs);
});
// src/lib/paraglide/messages/decision_form_ballot.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Form_BallotInputs */
var en_decision_form_ballot = () => {
	return `How it is decided`;
};
var es_decision_form_ballot = () => {
	return `Cómo se decide`;
};
var ar_decision_form_ballot = () => {
	return `كيف يُتّخذ القرار`;
};
/**
* | output |
* | --- |
* | "How it is decided" |
*
* @param {Decision_Form_BallotInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_form_ballot = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_form_ballot(inputs);
	if (locale === "ar") return ar_decision_form_ballot(inputs);
	return en_decision_form_ballot(inputs);
});
// src/lib/paraglide/messages/decision_form_influence.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Form_InfluenceInputs */
var en_decision_form_influence = () => {
	return `Influence`;
};
var es_decision_form_influence = () => {
	return `Influencia`;
};
var ar_decision_form_influence = () => {
	return `الثقل`;
};
/**
* | output |
* | --- |
* | "Influence" |
*
* @param {Decision_Form_InfluenceInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_form_influence = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_form_influence(inputs);
	if (locale === "ar") return ar_decision_form_influence(inputs);
	return en_decision_form_influence(inputs);
});
// src/lib/paraglide/messages/decision_form_timetable.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Form_TimetableInputs */
var en_decision_form_timetable = () => {
	return `Timetable`;
};
var es_decision_form_timetable = () => {
	return `Calendario`;
};
var ar_decision_form_timetable = () => {
	return `الجدول الزمني`;
};
/**
* | output |
* | --- |
* | "Timetable" |
*
* @param {Decision_Form_TimetableInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_form_timetable = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_form_timetable(inputs);
	if (locale === "ar") return ar_decision_form_timetable(inputs);
	return en_decision_form_timetable(inputs);
});
// src/lib/paraglide/messages/decision_field_summary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_SummaryInputs */
var en_decision_field_summary = () => {
	return `Summary`;
};
var es_decision_field_summary = () => {
	return `Resumen`;
};
var ar_decision_field_summary = () => {
	return `الملخص`;
};
/**
* | output |
* | --- |
* | "Summary" |
*
* @param {Decision_Field_SummaryInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_summary = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_summary(inputs);
	if (locale === "ar") return ar_decision_field_summary(inputs);
	return en_decision_field_summary(inputs);
});
// src/lib/paraglide/messages/decision_field_summary_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Summary_HintInputs */
var en_decision_field_summary_hint = () => {
	return `One or two sentences for the register.`;
};
var es_decision_field_summary_hint = () => {
	return `Una o dos frases para el registro.`;
};
var ar_decision_field_summary_hint = () => {
	return `جملة أو جملتان للسجل.`;
};
/**
* | output |
* | --- |
* | "One or two sentences for the register." |
*
* @param {Decision_Field_Summary_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_summary_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_summary_hint(inputs);
	if (locale === "ar") return ar_decision_field_summary_hint(inputs);
	return en_decision_field_summary_hint(inputs);
});
// src/lib/paraglide/messages/decision_field_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_BodyInputs */
var en_decision_field_body = () => {
	return `Text`;
};
var es_decision_field_body = () => {
	return `Texto`;
};
var ar_decision_field_body = () => {
	return `النص`;
};
/**
* | output |
* | --- |
* | "Text" |
*
* @param {Decision_Field_BodyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_body = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_body(inputs);
	if (locale === "ar") return ar_decision_field_body(inputs);
	return en_decision_field_body(inputs);
});
// src/lib/paraglide/messages/decision_field_body_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Body_HintInputs */
var en_decision_field_body_hint = () => {
	return `The text to be decided. Markdown: **bold**, *italic*, lists, links.`;
};
var es_decision_field_body_hint = () => {
	return `El texto que se somete a decisión. Markdown: **negrita**, *cursiva*, listas, enlaces.`;
};
var ar_decision_field_body_hint = () => {
	return `النص المطروح للقرار. ماركداون: **غامق**، *مائل*، قوائم، روابط.`;
};
/**
* | output |
* | --- |
* | "The text to be decided. Markdown: **bold**, *italic*, lists, links." |
*
* @param {Decision_Field_Body_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_body_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_body_hint(inputs);
	if (locale === "ar") return ar_decision_field_body_hint(inputs);
	return en_decision_field_body_hint(inputs);
});
// src/lib/paraglide/messages/decision_field_language.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_LanguageInputs */
var en_decision_field_language = () => {
	return `Language`;
};
var es_decision_field_language = () => {
	return `Idioma`;
};
var ar_decision_field_language = () => {
	return `اللغة`;
};
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Decision_Field_LanguageInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_language = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_language(inputs);
	if (locale === "ar") return ar_decision_field_language(inputs);
	return en_decision_field_language(inputs);
});
// src/lib/paraglide/messages/decision_field_affected.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_AffectedInputs */
var en_decision_field_affected = () => {
	return `Groups affected`;
};
var es_decision_field_affected = () => {
	return `Grupos afectados`;
};
var ar_decision_field_affected = () => {
	return `المجموعات المتأثرة`;
};
/**
* | output |
* | --- |
* | "Groups affected" |
*
* @param {Decision_Field_AffectedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_affected = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_affected(inputs);
	if (locale === "ar") return ar_decision_field_affected(inputs);
	return en_decision_field_affected(inputs);
});
// src/lib/paraglide/messages/decision_field_affected_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Affected_HintInputs */
var en_decision_field_affected_hint = () => {
	return `Tick the chapters and projects this decision affects. Plenary suggests the smallest scope that contains them all; with by-group weighting their members count more.`;
};
var es_decision_field_affected_hint = () => {
	return `Marca los capítulos y proyectos a los que afecta esta decisión. Plenary sugiere el ámbito más pequeño que los incluye a todos; con la ponderación por grupo, sus miembros cuentan más.`;
};
var ar_decision_field_affected_hint = () => {
	return `حدّد الفروع والمشاريع التي يمسّها هذا القرار. يقترح Plenary أصغر نطاق يضمّها جميعًا؛ ومع الترجيح حسب المجموعة يكون لأعضائها وزن أكبر.`;
};
/**
* | output |
* | --- |
* | "Tick the chapters and projects this decision affects. Plenary suggests the smallest scope that contains them all; with by-group weighting their members count..." |
*
* @param {Decision_Field_Affected_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_affected_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_affected_hint(inputs);
	if (locale === "ar") return ar_decision_field_affected_hint(inputs);
	return en_decision_field_affected_hint(inputs);
});
// src/lib/paraglide/messages/decision_suggest_scope.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Suggest_ScopeInputs */
var en_decision_suggest_scope = () => {
	return `Suggest the scope`;
};
var es_decision_suggest_scope = () => {
	return `Sugerir el ámbito`;
};
var ar_decision_suggest_scope = () => {
	return `اقترح النطاق`;
};
/**
* | output |
* | --- |
* | "Suggest the scope" |
*
* @param {Decision_Suggest_ScopeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_suggest_scope = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_suggest_scope(inputs);
	if (locale === "ar") return ar_decision_suggest_scope(inputs);
	return en_decision_suggest_scope(inputs);
});
// src/lib/paraglide/messages/decision_scope_suggested.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ scope: NonNullable<unknown> }} Decision_Scope_SuggestedInputs */
var en_decision_scope_suggested = (i) => {
	return `Suggested scope: ${i?.scope}. It is selected below; you may choose another.`;
};
var es_decision_scope_suggested = (i) => {
	return `Ámbito sugerido: ${i?.scope}. Está seleccionado abajo; puedes elegir otro.`;
};
var ar_decision_scope_suggested = (i) => {
	return `النطاق المقترح: ${i?.scope}. وهو محدَّد أدناه، ويمكنك اختيار غيره.`;
};
/**
* | output |
* | --- |
* | "Suggested scope: {scope}. It is selected below; you may choose another." |
*
* @param {Decision_Scope_SuggestedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_scope_suggested = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_scope_suggested(inputs);
	if (locale === "ar") return ar_decision_scope_suggested(inputs);
	return en_decision_scope_suggested(inputs);
});
// src/lib/paraglide/messages/decision_field_scope.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_ScopeInputs */
var en_decision_field_scope = () => {
	return `Scope`;
};
var es_decision_field_scope = () => {
	return `Ámbito`;
};
var ar_decision_field_scope = () => {
	return `النطاق`;
};
/**
* | output |
* | --- |
* | "Scope" |
*
* @param {Decision_Field_ScopeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_scope = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_scope(inputs);
	if (locale === "ar") return ar_decision_field_scope(inputs);
	return en_decision_field_scope(inputs);
});
// src/lib/paraglide/messages/decision_field_scope_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Scope_HintInputs */
var en_decision_field_scope_hint = () => {
	return `The active members of the scope may vote. Friends may take part in the discussion.`;
};
var es_decision_field_scope_hint = () => {
	return `Pueden votar los miembros activos del ámbito. Los amigos y amigas pueden participar en el debate.`;
};
var ar_decision_field_scope_hint = () => {
	return `يحق التصويت للأعضاء النشطين في النطاق. ويمكن للأصدقاء المشاركة في النقاش.`;
};
/**
* | output |
* | --- |
* | "The active members of the scope may vote. Friends may take part in the discussion." |
*
* @param {Decision_Field_Scope_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_scope_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_scope_hint(inputs);
	if (locale === "ar") return ar_decision_field_scope_hint(inputs);
	return en_decision_field_scope_hint(inputs);
});
// src/lib/paraglide/messages/decision_field_template.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_TemplateInputs */
var en_decision_field_template = () => {
	return `Procedure`;
};
var es_decision_field_template = () => {
	return `Procedimiento`;
};
var ar_decision_field_template = () => {
	return `الإجراء`;
};
/**
* | output |
* | --- |
* | "Procedure" |
*
* @param {Decision_Field_TemplateInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_template = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_template(inputs);
	if (locale === "ar") return ar_decision_field_template(inputs);
	return en_decision_field_template(inputs);
});
// src/lib/paraglide/messages/decision_field_template_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Template_HintInputs */
var en_decision_field_template_hint = () => {
	return `A compromise run-off first polls the positions, then votes between a compromise text and the most popular position.`;
};
var es_decision_field_template_hint = () => {
	return `Una segunda vuelta de compromiso primero sondea las posturas y luego somete a votación un texto de compromiso frente a la postura con más apoyo.`;
};
var ar_decision_field_template_hint = () => {
	return `في جولة الإعادة على حل وسط يُستطلع أولًا رأي الأعضاء في المواقف، ثم يُصوَّت بين نص حل وسط والموقف الأكثر تأييدًا.`;
};
/**
* | output |
* | --- |
* | "A compromise run-off first polls the positions, then votes between a compromise text and the most popular position." |
*
* @param {Decision_Field_Template_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_template_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_template_hint(inputs);
	if (locale === "ar") return ar_decision_field_template_hint(inputs);
	return en_decision_field_template_hint(inputs);
});
// src/lib/paraglide/messages/decision_template_standard.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Template_StandardInputs */
var en_decision_template_standard = () => {
	return `One vote`;
};
var es_decision_template_standard = () => {
	return `Una sola votación`;
};
var ar_decision_template_standard = () => {
	return `تصويت واحد`;
};
/**
* | output |
* | --- |
* | "One vote" |
*
* @param {Decision_Template_StandardInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_template_standard = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_template_standard(inputs);
	if (locale === "ar") return ar_decision_template_standard(inputs);
	return en_decision_template_standard(inputs);
});
// src/lib/paraglide/messages/decision_template_runoff.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Template_RunoffInputs */
var en_decision_template_runoff = () => {
	return `Compromise run-off`;
};
var es_decision_template_runoff = () => {
	return `Segunda vuelta de compromiso`;
};
var ar_decision_template_runoff = () => {
	return `جولة إعادة على حل وسط`;
};
/**
* | output |
* | --- |
* | "Compromise run-off" |
*
* @param {Decision_Template_RunoffInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_template_runoff = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_template_runoff(inputs);
	if (locale === "ar") return ar_decision_template_runoff(inputs);
	return en_decision_template_runoff(inputs);
});
// src/lib/paraglide/messages/decision_field_ballot_type.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Ballot_TypeInputs */
var en_decision_field_ballot_type = () => {
	return `Ballot`;
};
var es_decision_field_ballot_type = () => {
	return `Tipo de votación`;
};
var ar_decision_field_ballot_type = () => {
	return `نوع الاقتراع`;
};
/**
* | output |
* | --- |
* | "Ballot" |
*
* @param {Decision_Field_Ballot_TypeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_ballot_type = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_ballot_type(inputs);
	if (locale === "ar") return ar_decision_field_ballot_type(inputs);
	return en_decision_field_ballot_type(inputs);
});
// src/lib/paraglide/messages/decision_type_motion.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Type_MotionInputs */
var en_decision_type_motion = () => {
	return `Yes / no / abstain`;
};
var es_decision_type_motion = () => {
	return `Sí / no / abstención`;
};
var ar_decision_type_motion = () => {
	return `نعم / لا / امتناع`;
};
/**
* | output |
* | --- |
* | "Yes / no / abstain" |
*
* @param {Decision_Type_MotionInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_type_motion = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_type_motion(inputs);
	if (locale === "ar") return ar_decision_type_motion(inputs);
	return en_decision_type_motion(inputs);
});
// src/lib/paraglide/messages/decision_type_motion_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Type_Motion_HintInputs */
var en_decision_type_motion_hint = () => {
	return `A threshold of the votes cast, and a quorum if you set one.`;
};
var es_decision_type_motion_hint = () => {
	return `Un umbral de los votos emitidos y, si lo fijas, un quórum.`;
};
var ar_decision_type_motion_hint = () => {
	return `نسبة مطلوبة من الأصوات المُدلى بها، ونصاب إن حدّدته.`;
};
/**
* | output |
* | --- |
* | "A threshold of the votes cast, and a quorum if you set one." |
*
* @param {Decision_Type_Motion_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_type_motion_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_type_motion_hint(inputs);
	if (locale === "ar") return ar_decision_type_motion_hint(inputs);
	return en_decision_type_motion_hint(inputs);
});
// src/lib/paraglide/messages/decision_type_consent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Type_ConsentInputs */
var en_decision_type_consent = () => {
	return `Consent`;
};
var es_decision_type_consent = () => {
	return `Consentimiento`;
};
var ar_decision_type_consent = () => {
	return `التوافق`;
};
/**
* | output |
* | --- |
* | "Consent" |
*
* @param {Decision_Type_ConsentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_type_consent = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_type_consent(inputs);
	if (locale === "ar") return ar_decision_type_consent(inputs);
	return en_decision_type_consent(inputs);
});
// src/lib/paraglide/messages/decision_type_consent_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Type_Consent_HintInputs */
var en_decision_type_consent_hint = () => {
	return `Agree, abstain, disagree or block. A block needs a reason.`;
};
var es_decision_type_consent_hint = () => {
	return `De acuerdo, abstención, en desacuerdo o bloqueo. Un bloqueo necesita un motivo.`;
};
var ar_decision_type_consent_hint = () => {
	return `موافقة أو امتناع أو عدم موافقة أو اعتراض مانع. والاعتراض المانع يحتاج إلى سبب.`;
};
/**
* | output |
* | --- |
* | "Agree, abstain, disagree or block. A block needs a reason." |
*
* @param {Decision_Type_Consent_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_type_consent_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_type_consent_hint(inputs);
	if (locale === "ar") return ar_decision_type_consent_hint(inputs);
	return en_decision_type_consent_hint(inputs);
});
// src/lib/paraglide/messages/decision_type_choice.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Type_ChoiceInputs */
var en_decision_type_choice = () => {
	return `Choose one of several options`;
};
var es_decision_type_choice = () => {
	return `Elegir entre varias opciones`;
};
var ar_decision_type_choice = () => {
	return `اختيار خيار واحد من عدة خيارات`;
};
/**
* | output |
* | --- |
* | "Choose one of several options" |
*
* @param {Decision_Type_ChoiceInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_type_choice = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_type_choice(inputs);
	if (locale === "ar") return ar_decision_type_choice(inputs);
	return en_decision_type_choice(inputs);
});
// src/lib/paraglide/messages/decision_type_choice_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Type_Choice_HintInputs */
var en_decision_type_choice_hint = () => {
	return `Voters rank, approve or score the options.`;
};
var es_decision_type_choice_hint = () => {
	return `Quienes votan ordenan, aprueban o puntúan las opciones.`;
};
var ar_decision_type_choice_hint = () => {
	return `يرتّب المصوّتون الخيارات أو يوافقون عليها أو يمنحونها نقاطًا.`;
};
/**
* | output |
* | --- |
* | "Voters rank, approve or score the options." |
*
* @param {Decision_Type_Choice_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_type_choice_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_type_choice_hint(inputs);
	if (locale === "ar") return ar_decision_type_choice_hint(inputs);
	return en_decision_type_choice_hint(inputs);
});
// src/lib/paraglide/messages/decision_field_method_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Method_HintInputs */
var en_decision_field_method_hint = () => {
	return `Schulze is the default: it finds the option a majority prefers to each other one.`;
};
var es_decision_field_method_hint = () => {
	return `Schulze es el método predeterminado: encuentra la opción que una mayoría prefiere a cada una de las demás.`;
};
var ar_decision_field_method_hint = () => {
	return `طريقة شولتسه هي الافتراضية: تجد الخيار الذي تفضّله الأغلبية على كل خيار آخر.`;
};
/**
* | output |
* | --- |
* | "Schulze is the default: it finds the option a majority prefers to each other one." |
*
* @param {Decision_Field_Method_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_method_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_method_hint(inputs);
	if (locale === "ar") return ar_decision_field_method_hint(inputs);
	return en_decision_field_method_hint(inputs);
});
// src/lib/paraglide/messages/decision_field_options_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Options_HintInputs */
var en_decision_field_options_hint = () => {
	return `One option per line, from 2 to 30 (for a choice).`;
};
var es_decision_field_options_hint = () => {
	return `Una opción por línea, de 2 a 30 (para una elección).`;
};
var ar_decision_field_options_hint = () => {
	return `خيار واحد في كل سطر، من 2 إلى 30 (عند الاختيار بين خيارات).`;
};
/**
* | output |
* | --- |
* | "One option per line, from 2 to 30 (for a choice)." |
*
* @param {Decision_Field_Options_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_options_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_options_hint(inputs);
	if (locale === "ar") return ar_decision_field_options_hint(inputs);
	return en_decision_field_options_hint(inputs);
});
// src/lib/paraglide/messages/decision_threshold_majority.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Threshold_MajorityInputs */
var en_decision_threshold_majority = () => {
	return `More than half of the votes cast`;
};
var es_decision_threshold_majority = () => {
	return `Más de la mitad de los votos emitidos`;
};
var ar_decision_threshold_majority = () => {
	return `أكثر من نصف الأصوات المُدلى بها`;
};
/**
* | output |
* | --- |
* | "More than half of the votes cast" |
*
* @param {Decision_Threshold_MajorityInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_threshold_majority = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_threshold_majority(inputs);
	if (locale === "ar") return ar_decision_threshold_majority(inputs);
	return en_decision_threshold_majority(inputs);
});
// src/lib/paraglide/messages/decision_threshold_two_thirds.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Threshold_Two_ThirdsInputs */
var en_decision_threshold_two_thirds = () => {
	return `At least two thirds of the votes cast`;
};
var es_decision_threshold_two_thirds = () => {
	return `Al menos dos tercios de los votos emitidos`;
};
var ar_decision_threshold_two_thirds = () => {
	return `ثلثا الأصوات المُدلى بها على الأقل`;
};
/**
* | output |
* | --- |
* | "At least two thirds of the votes cast" |
*
* @param {Decision_Threshold_Two_ThirdsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_threshold_two_thirds = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_threshold_two_thirds(inputs);
	if (locale === "ar") return ar_decision_threshold_two_thirds(inputs);
	return en_decision_threshold_two_thirds(inputs);
});
// src/lib/paraglide/messages/decision_threshold_three_quarters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Threshold_Three_QuartersInputs */
var en_decision_threshold_three_quarters = () => {
	return `At least three quarters of the votes cast`;
};
var es_decision_threshold_three_quarters = () => {
	return `Al menos tres cuartos de los votos emitidos`;
};
var ar_decision_threshold_three_quarters = () => {
	return `ثلاثة أرباع الأصوات المُدلى بها على الأقل`;
};
/**
* | output |
* | --- |
* | "At least three quarters of the votes cast" |
*
* @param {Decision_Threshold_Three_QuartersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_threshold_three_quarters = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_threshold_three_quarters(inputs);
	if (locale === "ar") return ar_decision_threshold_three_quarters(inputs);
	return en_decision_threshold_three_quarters(inputs);
});
// src/lib/paraglide/messages/decision_field_quorum_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Quorum_HintInputs */
var en_decision_field_quorum_hint = () => {
	return `Per cent of the eligible members who must vote (0 for none).`;
};
var es_decision_field_quorum_hint = () => {
	return `Porcentaje de los miembros con derecho a voto que deben votar (0 si no hay quórum).`;
};
var ar_decision_field_quorum_hint = () => {
	return `النسبة المئوية من الأعضاء الذين يحق لهم التصويت التي يجب أن تشارك في التصويت (0 لعدم اشتراط نصاب).`;
};
/**
* | output |
* | --- |
* | "Per cent of the eligible members who must vote (0 for none)." |
*
* @param {Decision_Field_Quorum_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_quorum_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_quorum_hint(inputs);
	if (locale === "ar") return ar_decision_field_quorum_hint(inputs);
	return en_decision_field_quorum_hint(inputs);
});
// src/lib/paraglide/messages/decision_field_max_blocks_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Max_Blocks_HintInputs */
var en_decision_field_max_blocks_hint = () => {
	return `Consent: one block more than this and the proposal does not pass.`;
};
var es_decision_field_max_blocks_hint = () => {
	return `Consentimiento: si los bloqueos superan esta cifra, la propuesta no se aprueba.`;
};
var ar_decision_field_max_blocks_hint = () => {
	return `في التوافق: إذا تجاوز عدد الاعتراضات المانعة هذا العدد، لا يُقرّ المقترح.`;
};
/**
* | output |
* | --- |
* | "Consent: one block more than this and the proposal does not pass." |
*
* @param {Decision_Field_Max_Blocks_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_max_blocks_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_max_blocks_hint(inputs);
	if (locale === "ar") return ar_decision_field_max_blocks_hint(inputs);
	return en_decision_field_max_blocks_hint(inputs);
});
// src/lib/paraglide/messages/decision_field_group_factor.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Group_FactorInputs */
var en_decision_field_group_factor = () => {
	return `Weight of affected groups' members`;
};
var es_decision_field_group_factor = () => {
	return `Peso de los miembros de los grupos afectados`;
};
var ar_decision_field_group_factor = () => {
	return `وزن أعضاء المجموعات المتأثرة`;
};
/**
* | output |
* | --- |
* | "Weight of affected groups' members" |
*
* @param {Decision_Field_Group_FactorInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_group_factor = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_group_factor(inputs);
	if (locale === "ar") return ar_decision_field_group_factor(inputs);
	return en_decision_field_group_factor(inputs);
});
// src/lib/paraglide/messages/decision_field_stake_levels.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Stake_LevelsInputs */
var en_decision_field_stake_levels = () => {
	return `Levels of the stake scale`;
};
var es_decision_field_stake_levels = () => {
	return `Niveles de la escala de afectación`;
};
var ar_decision_field_stake_levels = () => {
	return `عدد درجات مقياس التأثر`;
};
/**
* | output |
* | --- |
* | "Levels of the stake scale" |
*
* @param {Decision_Field_Stake_LevelsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_stake_levels = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_stake_levels(inputs);
	if (locale === "ar") return ar_decision_field_stake_levels(inputs);
	return en_decision_field_stake_levels(inputs);
});
// src/lib/paraglide/messages/decision_field_secret.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_SecretInputs */
var en_decision_field_secret = () => {
	return `Secret ballot`;
};
var es_decision_field_secret = () => {
	return `Voto secreto`;
};
var ar_decision_field_secret = () => {
	return `اقتراع سري`;
};
/**
* | output |
* | --- |
* | "Secret ballot" |
*
* @param {Decision_Field_SecretInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_secret = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_secret(inputs);
	if (locale === "ar") return ar_decision_field_secret(inputs);
	return en_decision_field_secret(inputs);
});
// src/lib/paraglide/messages/decision_field_secret_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Secret_HintInputs */
var en_decision_field_secret_hint = () => {
	return `Each voter gets a receipt; after the close the anonymised ballots are published so anyone can recount them.`;
};
var es_decision_field_secret_hint = () => {
	return `Cada votante recibe un comprobante; tras el cierre se publican las papeletas anonimizadas para que cualquiera pueda volver a contarlas.`;
};
var ar_decision_field_secret_hint = () => {
	return `يحصل كل مصوّت على إيصال؛ وبعد الإغلاق تُنشر بطاقات الاقتراع دون أسماء ليتمكن أي شخص من إعادة فرزها.`;
};
/**
* | output |
* | --- |
* | "Each voter gets a receipt; after the close the anonymised ballots are published so anyone can recount them." |
*
* @param {Decision_Field_Secret_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_secret_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_secret_hint(inputs);
	if (locale === "ar") return ar_decision_field_secret_hint(inputs);
	return en_decision_field_secret_hint(inputs);
});
// src/lib/paraglide/messages/decision_field_hide_results.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Hide_ResultsInputs */
var en_decision_field_hide_results = () => {
	return `Hide the results until the close`;
};
var es_decision_field_hide_results = () => {
	return `Ocultar los resultados hasta el cierre`;
};
var ar_decision_field_hide_results = () => {
	return `إخفاء النتائج حتى الإغلاق`;
};
/**
* | output |
* | --- |
* | "Hide the results until the close" |
*
* @param {Decision_Field_Hide_ResultsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_hide_results = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_hide_results(inputs);
	if (locale === "ar") return ar_decision_field_hide_results(inputs);
	return en_decision_field_hide_results(inputs);
});
// src/lib/paraglide/messages/decision_field_discussion_days.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Discussion_DaysInputs */
var en_decision_field_discussion_days = () => {
	return `Discussion (days)`;
};
var es_decision_field_discussion_days = () => {
	return `Debate (días)`;
};
var ar_decision_field_discussion_days = () => {
	return `النقاش (بالأيام)`;
};
/**
* | output |
* | --- |
* | "Discussion (days)" |
*
* @param {Decision_Field_Discussion_DaysInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_discussion_days = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_discussion_days(inputs);
	if (locale === "ar") return ar_decision_field_discussion_days(inputs);
	return en_decision_field_discussion_days(inputs);
});
// src/lib/paraglide/messages/decision_field_amendment_days.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Amendment_DaysInputs */
var en_decision_field_amendment_days = () => {
	return `Amendments (days)`;
};
var es_decision_field_amendment_days = () => {
	return `Enmiendas (días)`;
};
var ar_decision_field_amendment_days = () => {
	return `التعديلات (بالأيام)`;
};
/**
* | output |
* | --- |
* | "Amendments (days)" |
*
* @param {Decision_Field_Amendment_DaysInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_amendment_days = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_amendment_days(inputs);
	if (locale === "ar") return ar_decision_field_amendment_days(inputs);
	return en_decision_field_amendment_days(inputs);
});
// src/lib/paraglide/messages/decision_field_voting_days.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Voting_DaysInputs */
var en_decision_field_voting_days = () => {
	return `Voting (days)`;
};
var es_decision_field_voting_days = () => {
	return `Votación (días)`;
};
var ar_decision_field_voting_days = () => {
	return `التصويت (بالأيام)`;
};
/**
* | output |
* | --- |
* | "Voting (days)" |
*
* @param {Decision_Field_Voting_DaysInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_voting_days = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_voting_days(inputs);
	if (locale === "ar") return ar_decision_field_voting_days(inputs);
	return en_decision_field_voting_days(inputs);
});
// src/lib/paraglide/messages/decision_field_report_days.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Report_DaysInputs */
var en_decision_field_report_days = () => {
	return `Days for minority reports after the close`;
};
var es_decision_field_report_days = () => {
	return `Días para presentar informes de minoría tras el cierre`;
};
var ar_decision_field_report_days = () => {
	return `الأيام المتاحة لتقارير الأقلية بعد الإغلاق`;
};
/**
* | output |
* | --- |
* | "Days for minority reports after the close" |
*
* @param {Decision_Field_Report_DaysInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_report_days = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_report_days(inputs);
	if (locale === "ar") return ar_decision_field_report_days(inputs);
	return en_decision_field_report_days(inputs);
});
// src/lib/paraglide/messages/decision_field_revisit_percent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Revisit_PercentInputs */
var en_decision_field_revisit_percent = () => {
	return `Signatures to reopen (%)`;
};
var es_decision_field_revisit_percent = () => {
	return `Firmas para reabrir (%)`;
};
var ar_decision_field_revisit_percent = () => {
	return `التوقيعات اللازمة لإعادة الفتح (%)`;
};
/**
* | output |
* | --- |
* | "Signatures to reopen (%)" |
*
* @param {Decision_Field_Revisit_PercentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_revisit_percent = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_revisit_percent(inputs);
	if (locale === "ar") return ar_decision_field_revisit_percent(inputs);
	return en_decision_field_revisit_percent(inputs);
});
// src/lib/paraglide/messages/decision_field_revisit_percent_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Field_Revisit_Percent_HintInputs */
var en_decision_field_revisit_percent_hint = () => {
	return `Per cent of the eligible members whose signatures reopen the decision.`;
};
var es_decision_field_revisit_percent_hint = () => {
	return `Porcentaje de los miembros con derecho a voto cuyas firmas reabren la decisión.`;
};
var ar_decision_field_revisit_percent_hint = () => {
	return `النسبة المئوية من الأعضاء الذين يحق لهم التصويت التي تكفي توقيعاتهم لإعادة فتح القرار.`;
};
/**
* | output |
* | --- |
* | "Per cent of the eligible members whose signatures reopen the decision." |
*
* @param {Decision_Field_Revisit_Percent_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_field_revisit_percent_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_field_revisit_percent_hint(inputs);
	if (locale === "ar") return ar_decision_field_revisit_percent_hint(inputs);
	return en_decision_field_revisit_percent_hint(inputs);
});
export { decision_field_scope_hint as A, decision_field_summary as B, decision_type_motion_hint as C, decision_template_standard as D, decision_template_runoff as E, decision_field_affected as F, decision_form_text as G, decision_form_influence as H, decision_field_language as I, decision_weighting_group_hint as J, decision_save_draft as K, decision_field_body_hint as L, decision_scope_suggested as M, decision_suggest_scope as N, decision_field_template_hint as O, decision_field_affected_hint as P, decision_field_body as R, decision_type_consent as S, decision_field_ballot_type as T, decision_form_ballot as U, decision_form_timetable as V, decision_form_scope as W, decision_weighting_equal_hint as Y, decision_field_options_hint as _, decision_field_amendment_days as a, decision_type_choice as b, decision_field_secret_hint as c, decision_field_group_factor as d, decision_field_max_blocks_hint as f, decision_threshold_majority as g, decision_threshold_two_thirds as h, decision_field_voting_days as i, decision_field_scope as j, decision_field_template as k, decision_field_secret as l, decision_threshold_three_quarters as m, decision_field_revisit_percent as n, decision_field_discussion_days as o, decision_field_quorum_hint as p, decision_weighting_stake_hint as q, decision_field_report_days as r, decision_field_hide_results as s, decision_field_revisit_percent_hint as t, decision_field_stake_levels as u, decision_field_method_hint as v, decision_type_motion as w, decision_type_consent_hint as x, decision_type_choice_hint as y, decision_field_summary_hint as z };
