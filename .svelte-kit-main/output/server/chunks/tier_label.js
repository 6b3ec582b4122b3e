import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/profile_location.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_LocationInputs */
var en_profile_location = () => {
	return `Lives in`;
};
var es_profile_location = () => {
	return `Vive en`;
};
var ar_profile_location = () => {
	return `مكان الإقامة`;
};
/**
* | output |
* | --- |
* | "Lives in" |
*
* @param {Profile_LocationInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var profile_location = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_profile_location(inputs);
	if (locale === "ar") return ar_profile_location(inputs);
	return en_profile_location(inputs);
});
// src/lib/paraglide/messages/profile_languages.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_LanguagesInputs */
var en_profile_languages = () => {
	return `Speaks`;
};
var es_profile_languages = () => {
	return `Habla`;
};
var ar_profile_languages = () => {
	return `اللغات`;
};
/**
* | output |
* | --- |
* | "Speaks" |
*
* @param {Profile_LanguagesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var profile_languages = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_profile_languages(inputs);
	if (locale === "ar") return ar_profile_languages(inputs);
	return en_profile_languages(inputs);
});
// src/lib/paraglide/messages/profile_member_since.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_Member_SinceInputs */
var en_profile_member_since = () => {
	return `Member since`;
};
var es_profile_member_since = () => {
	return `Miembro desde`;
};
var ar_profile_member_since = () => {
	return `عضو منذ`;
};
/**
* | output |
* | --- |
* | "Member since" |
*
* @param {Profile_Member_SinceInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var profile_member_since = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_profile_member_since(inputs);
	if (locale === "ar") return ar_profile_member_since(inputs);
	return en_profile_member_since(inputs);
});
// src/lib/paraglide/messages/profile_about.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_AboutInputs */
var en_profile_about = () => {
	return `About`;
};
var es_profile_about = () => {
	return `Sobre mí`;
};
var ar_profile_about = () => {
	return `نبذة`;
};
/**
* | output |
* | --- |
* | "About" |
*
* @param {Profile_AboutInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var profile_about = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_profile_about(inputs);
	if (locale === "ar") return ar_profile_about(inputs);
	return en_profile_about(inputs);
});
// src/lib/paraglide/messages/profile_no_bio.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_No_BioInputs */
var en_profile_no_bio = () => {
	return `No introduction yet.`;
};
var es_profile_no_bio = () => {
	return `Todavía no hay presentación.`;
};
var ar_profile_no_bio = () => {
	return `لا توجد نبذة تعريفية بعد.`;
};
/**
* | output |
* | --- |
* | "No introduction yet." |
*
* @param {Profile_No_BioInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var profile_no_bio = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_profile_no_bio(inputs);
	if (locale === "ar") return ar_profile_no_bio(inputs);
	return en_profile_no_bio(inputs);
});
// src/lib/paraglide/messages/profile_edit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Profile_EditInputs */
var en_profile_edit = () => {
	return `Edit my profile`;
};
var es_profile_edit = () => {
	return `Editar mi perfil`;
};
var ar_profile_edit = () => {
	return `تعديل ملفي الشخصي`;
};
/**
* | output |
* | --- |
* | "Edit my profile" |
*
* @param {Profile_EditInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var profile_edit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_profile_edit(inputs);
	if (locale === "ar") return ar_profile_edit(inputs);
	return en_profile_edit(inputs);
});
// src/lib/paraglide/messages/tier_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tier_LabelInputs */
var en_tier_label = () => {
	return `Membership`;
};
var es_tier_label = () => {
	return `Membresía`;
};
var ar_tier_label = () => {
	return `العضوية`;
};
/**
* | output |
* | --- |
* | "Membership" |
*
* @param {Tier_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var tier_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_tier_label(inputs);
	if (locale === "ar") return ar_tier_label(inputs);
	return en_tier_label(inputs);
});
export { profile_member_since as a, profile_about as i, profile_edit as n, profile_languages as o, profile_no_bio as r, profile_location as s, tier_label as t };
