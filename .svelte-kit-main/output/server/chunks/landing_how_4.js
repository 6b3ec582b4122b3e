import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/landing_join.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Landing_JoinInputs */
var en_landing_join = () => {
	return `Become a member`;
};
var es_landing_join = () => {
	return `Hazte miembro`;
};
var ar_landing_join = () => {
	return `انضمّ إلينا عضوًا`;
};
/**
* | output |
* | --- |
* | "Become a member" |
*
* @param {Landing_JoinInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var landing_join = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_landing_join(inputs);
	if (locale === "ar") return ar_landing_join(inputs);
	return en_landing_join(inputs);
});
// src/lib/paraglide/messages/landing_welcome_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Landing_Welcome_BackInputs */
var en_landing_welcome_back = (i) => {
	return `Welcome back, ${i?.name}.`;
};
var es_landing_welcome_back = (i) => {
	return `Hola de nuevo, ${i?.name}.`;
};
var ar_landing_welcome_back = (i) => {
	return `أهلًا بعودتك يا ${i?.name}.`;
};
/**
* | output |
* | --- |
* | "Welcome back, {name}." |
*
* @param {Landing_Welcome_BackInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var landing_welcome_back = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_landing_welcome_back(inputs);
	if (locale === "ar") return ar_landing_welcome_back(inputs);
	return en_landing_welcome_back(inputs);
});
// src/lib/paraglide/messages/landing_your_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Landing_Your_ProfileInputs */
var en_landing_your_profile = () => {
	return `Go to my profile`;
};
var es_landing_your_profile = () => {
	return `Ir a mi perfil`;
};
var ar_landing_your_profile = () => {
	return `الذهاب إلى ملفي الشخصي`;
};
/**
* | output |
* | --- |
* | "Go to my profile" |
*
* @param {Landing_Your_ProfileInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var landing_your_profile = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_landing_your_profile(inputs);
	if (locale === "ar") return ar_landing_your_profile(inputs);
	return en_landing_your_profile(inputs);
});
// src/lib/paraglide/messages/landing_figures_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Landing_Figures_LabelInputs */
var en_landing_figures_label = () => {
	return `The organisation in figures`;
};
var es_landing_figures_label = () => {
	return `La organización en cifras`;
};
var ar_landing_figures_label = () => {
	return `المنظمة بالأرقام`;
};
/**
* | output |
* | --- |
* | "The organisation in figures" |
*
* @param {Landing_Figures_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var landing_figures_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_landing_figures_label(inputs);
	if (locale === "ar") return ar_landing_figures_label(inputs);
	return en_landing_figures_label(inputs);
});
// src/lib/paraglide/messages/landing_figure_members.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Landing_Figure_MembersInputs */
var en_landing_figure_members = () => {
	return `Members`;
};
var es_landing_figure_members = () => {
	return `Miembros`;
};
var ar_landing_figure_members = () => {
	return `الأعضاء`;
};
/**
* | output |
* | --- |
* | "Members" |
*
* @param {Landing_Figure_MembersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var landing_figure_members = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_landing_figure_members(inputs);
	if (locale === "ar") return ar_landing_figure_members(inputs);
	return en_landing_figure_members(inputs);
});
// src/lib/paraglide/messages/landing_figure_countries.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Landing_Figure_CountriesInputs */
var en_landing_figure_countries = () => {
	return `Countries`;
};
var es_landing_figure_countries = () => {
	return `Países`;
};
var ar_landing_figure_countries = () => {
	return `البلدان`;
};
/**
* | output |
* | --- |
* | "Countries" |
*
* @param {Landing_Figure_CountriesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var landing_figure_countries = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_landing_figure_countries(inputs);
	if (locale === "ar") return ar_landing_figure_countries(inputs);
	return en_landing_figure_countries(inputs);
});
// src/lib/paraglide/messages/landing_values_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Landing_Values_HeadingInputs */
var en_landing_values_heading = () => {
	return `What we stand for`;
};
var es_landing_values_heading = () => {
	return `Lo que defendemos`;
};
var ar_landing_values_heading = () => {
	return `ما نؤمن به`;
};
/**
* | output |
* | --- |
* | "What we stand for" |
*
* @param {Landing_Values_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var landing_values_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_landing_values_heading(inputs);
	if (locale === "ar") return ar_landing_values_heading(inputs);
	return en_landing_values_heading(inputs);
});
// src/lib/paraglide/messages/landing_how_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Landing_How_HeadingInputs */
var en_landing_how_heading = () => {
	return `How it works`;
};
var es_landing_how_heading = () => {
	return `Cómo funciona`;
};
var ar_landing_how_heading = () => {
	return `كيف تعمل المنظمة`;
};
/**
* | output |
* | --- |
* | "How it works" |
*
* @param {Landing_How_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var landing_how_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_landing_how_heading(inputs);
	if (locale === "ar") return ar_landing_how_heading(inputs);
	return en_landing_how_heading(inputs);
});
// src/lib/paraglide/messages/landing_how_1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Landing_How_1Inputs */
var en_landing_how_1 = () => {
	return `Join and find your local chapter: it is created for your city if none exists yet.`;
};
var es_landing_how_1 = () => {
	return `Únete y encuentra tu grupo local: si todavía no existe uno en tu ciudad, se crea.`;
};
var ar_landing_how_1 = () => {
	return `انضمّ وابحث عن فرعك المحلي: إن لم يكن لمدينتك فرع بعد، يُنشأ لها فرع.`;
};
/**
* | output |
* | --- |
* | "Join and find your local chapter: it is created for your city if none exists yet." |
*
* @param {Landing_How_1Inputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var landing_how_1 = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_landing_how_1(inputs);
	if (locale === "ar") return ar_landing_how_1(inputs);
	return en_landing_how_1(inputs);
});
// src/lib/paraglide/messages/landing_how_2.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Landing_How_2Inputs */
var en_landing_how_2 = () => {
	return `Write, discuss and start projects that others can join, with small tasks for busy people.`;
};
var es_landing_how_2 = () => {
	return `Escribe, debate y pon en marcha proyectos a los que otras personas pueden sumarse, con tareas pequeñas para quien tiene poco tiempo.`;
};
var ar_landing_how_2 = () => {
	return `اكتب وناقش وأطلق مشاريع يمكن للآخرين الانضمام إليها، مع مهام صغيرة لمن وقتهم ضيق.`;
};
/**
* | output |
* | --- |
* | "Write, discuss and start projects that others can join, with small tasks for busy people." |
*
* @param {Landing_How_2Inputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var landing_how_2 = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_landing_how_2(inputs);
	if (locale === "ar") return ar_landing_how_2(inputs);
	return en_landing_how_2(inputs);
});
// src/lib/paraglide/messages/landing_how_3.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Landing_How_3Inputs */
var en_landing_how_3 = () => {
	return `Propose, amend and vote. Your say grows with how much a decision affects you.`;
};
var es_landing_how_3 = () => {
	return `Propón, enmienda y vota. Tu voz cuenta más cuanto más te afecta una decisión.`;
};
var ar_landing_how_3 = () => {
	return `اقترح وعدّل وصوّت. تزداد كلمتك بقدر ما يمسّك القرار.`;
};
/**
* | output |
* | --- |
* | "Propose, amend and vote. Your say grows with how much a decision affects you." |
*
* @param {Landing_How_3Inputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var landing_how_3 = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_landing_how_3(inputs);
	if (locale === "ar") return ar_landing_how_3(inputs);
	return en_landing_how_3(inputs);
});
// src/lib/paraglide/messages/landing_how_4.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Landing_How_4Inputs */
var en_landing_how_4 = () => {
	return `Check every count yourself: ballots are published anonymously after each vote.`;
};
var es_landing_how_4 = () => {
	return `Comprueba por tu cuenta cada recuento: las papeletas se publican de forma anónima después de cada votación.`;
};
var ar_landing_how_4 = () => {
	return `تحقّق بنفسك من كل عملية فرز: تُنشر بطاقات الاقتراع دون أسماء بعد كل تصويت.`;
};
/**
* | output |
* | --- |
* | "Check every count yourself: ballots are published anonymously after each vote." |
*
* @param {Landing_How_4Inputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var landing_how_4 = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_landing_how_4(inputs);
	if (locale === "ar") return ar_landing_how_4(inputs);
	return en_landing_how_4(inputs);
});
export { landing_how_heading as a, landing_figure_members as c, landing_welcome_back as d, landing_join as f, landing_how_1 as i, landing_figures_label as l, landing_how_3 as n, landing_values_heading as o, landing_how_2 as r, landing_figure_countries as s, landing_how_4 as t, landing_your_profile as u };
