import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/privacy_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_SavedInputs */
var en_privacy_saved = () => {
	return `Saved.`;
};
var es_privacy_saved = () => {
	return `Guardado.`;
};
var ar_privacy_saved = () => {
	return `تم الحفظ.`;
};
/**
* | output |
* | --- |
* | "Saved." |
*
* @param {Privacy_SavedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_saved = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_saved(inputs);
	if (locale === "ar") return ar_privacy_saved(inputs);
	return en_privacy_saved(inputs);
});
// src/lib/paraglide/messages/privacy_visibility.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_VisibilityInputs */
var en_privacy_visibility = () => {
	return `Who sees you`;
};
var es_privacy_visibility = () => {
	return `Quién te ve`;
};
var ar_privacy_visibility = () => {
	return `من يراك`;
};
/**
* | output |
* | --- |
* | "Who sees you" |
*
* @param {Privacy_VisibilityInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_visibility = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_visibility(inputs);
	if (locale === "ar") return ar_privacy_visibility(inputs);
	return en_privacy_visibility(inputs);
});
// src/lib/paraglide/messages/privacy_in_directory.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_In_DirectoryInputs */
var en_privacy_in_directory = () => {
	return `Appear in the member directory and in chapter member lists`;
};
var es_privacy_in_directory = () => {
	return `Aparecer en el directorio de miembros y en las listas de los capítulos`;
};
var ar_privacy_in_directory = () => {
	return `الظهور في دليل الأعضاء وفي قوائم أعضاء الفروع`;
};
/**
* | output |
* | --- |
* | "Appear in the member directory and in chapter member lists" |
*
* @param {Privacy_In_DirectoryInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_in_directory = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_in_directory(inputs);
	if (locale === "ar") return ar_privacy_in_directory(inputs);
	return en_privacy_in_directory(inputs);
});
// src/lib/paraglide/messages/privacy_on_map.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_On_MapInputs */
var en_privacy_on_map = () => {
	return `Be counted on the public map of members by country`;
};
var es_privacy_on_map = () => {
	return `Contar en el mapa público de miembros por país`;
};
var ar_privacy_on_map = () => {
	return `الاحتساب في الخريطة العامة للأعضاء حسب البلد`;
};
/**
* | output |
* | --- |
* | "Be counted on the public map of members by country" |
*
* @param {Privacy_On_MapInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_on_map = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_on_map(inputs);
	if (locale === "ar") return ar_privacy_on_map(inputs);
	return en_privacy_on_map(inputs);
});
// src/lib/paraglide/messages/privacy_show_full_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_Show_Full_NameInputs */
var en_privacy_show_full_name = () => {
	return `Show my full name to visitors who are not logged in (otherwise: first name and initial)`;
};
var es_privacy_show_full_name = () => {
	return `Mostrar mi nombre completo a quienes no han iniciado sesión (si no: nombre e inicial)`;
};
var ar_privacy_show_full_name = () => {
	return `إظهار اسمي الكامل للزوار غير المسجّلين (وإلا: الاسم الأول والحرف الأول)`;
};
/**
* | output |
* | --- |
* | "Show my full name to visitors who are not logged in (otherwise: first name and initial)" |
*
* @param {Privacy_Show_Full_NameInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_show_full_name = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_show_full_name(inputs);
	if (locale === "ar") return ar_privacy_show_full_name(inputs);
	return en_privacy_show_full_name(inputs);
});
// src/lib/paraglide/messages/privacy_demographics.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_DemographicsInputs */
var en_privacy_demographics = () => {
	return `About you (optional)`;
};
var es_privacy_demographics = () => {
	return `Sobre ti (opcional)`;
};
var ar_privacy_demographics = () => {
	return `عنك (اختياري)`;
};
/**
* | output |
* | --- |
* | "About you (optional)" |
*
* @param {Privacy_DemographicsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_demographics = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_demographics(inputs);
	if (locale === "ar") return ar_privacy_demographics(inputs);
	return en_privacy_demographics(inputs);
});
// src/lib/paraglide/messages/privacy_demographics_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_Demographics_HintInputs */
var en_privacy_demographics_hint = () => {
	return `Only ever shown in aggregate, for groups of at least 10 people. It helps the organisation see whether it reflects the people it serves.`;
};
var es_privacy_demographics_hint = () => {
	return `Solo se muestra en conjunto, para grupos de al menos 10 personas. Ayuda a la organización a ver si refleja a la gente a la que sirve.`;
};
var ar_privacy_demographics_hint = () => {
	return `لا يُعرض إلا مجمّعًا، للمجموعات التي تضم 10 أشخاص على الأقل. يساعد المنظمة على معرفة ما إذا كانت تعكس الناس الذين تخدمهم.`;
};
/**
* | output |
* | --- |
* | "Only ever shown in aggregate, for groups of at least 10 people. It helps the organisation see whether it reflects the people it serves." |
*
* @param {Privacy_Demographics_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_demographics_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_demographics_hint(inputs);
	if (locale === "ar") return ar_privacy_demographics_hint(inputs);
	return en_privacy_demographics_hint(inputs);
});
// src/lib/paraglide/messages/privacy_not_saying.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Privacy_Not_SayingInputs */
var en_privacy_not_saying = () => {
	return `I prefer not to say`;
};
var es_privacy_not_saying = () => {
	return `Prefiero no decirlo`;
};
var ar_privacy_not_saying = () => {
	return `أفضّل عدم الإفصاح`;
};
/**
* | output |
* | --- |
* | "I prefer not to say" |
*
* @param {Privacy_Not_SayingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var privacy_not_saying = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_privacy_not_saying(inputs);
	if (locale === "ar") return ar_privacy_not_saying(inputs);
	return en_privacy_not_saying(inputs);
});
export { privacy_on_map as a, privacy_saved as c, privacy_show_full_name as i, privacy_demographics_hint as n, privacy_in_directory as o, privacy_demographics as r, privacy_visibility as s, privacy_not_saying as t };
