import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/chapter_breadcrumb_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Breadcrumb_LabelInputs */
var en_chapter_breadcrumb_label = () => {
	return `Where this chapter is`;
};
var es_chapter_breadcrumb_label = () => {
	return `Dónde está este capítulo`;
};
var ar_chapter_breadcrumb_label = () => {
	return `موقع هذا الفرع`;
};
/**
* | output |
* | --- |
* | "Where this chapter is" |
*
* @param {Chapter_Breadcrumb_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_breadcrumb_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_breadcrumb_label(inputs);
	if (locale === "ar") return ar_chapter_breadcrumb_label(inputs);
	return en_chapter_breadcrumb_label(inputs);
});
// src/lib/paraglide/messages/chapter_kind_organisation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Kind_OrganisationInputs */
var en_chapter_kind_organisation = () => {
	return `The whole organisation`;
};
var es_chapter_kind_organisation = () => {
	return `Toda la organización`;
};
var ar_chapter_kind_organisation = () => {
	return `المنظمة كلها`;
};
/**
* | output |
* | --- |
* | "The whole organisation" |
*
* @param {Chapter_Kind_OrganisationInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_kind_organisation = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_kind_organisation(inputs);
	if (locale === "ar") return ar_chapter_kind_organisation(inputs);
	return en_chapter_kind_organisation(inputs);
});
// src/lib/paraglide/messages/chapter_kind_country.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Kind_CountryInputs */
var en_chapter_kind_country = () => {
	return `Country chapter`;
};
var es_chapter_kind_country = () => {
	return `Capítulo nacional`;
};
var ar_chapter_kind_country = () => {
	return `فرع وطني`;
};
/**
* | output |
* | --- |
* | "Country chapter" |
*
* @param {Chapter_Kind_CountryInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_kind_country = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_kind_country(inputs);
	if (locale === "ar") return ar_chapter_kind_country(inputs);
	return en_chapter_kind_country(inputs);
});
// src/lib/paraglide/messages/chapter_kind_region.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Kind_RegionInputs */
var en_chapter_kind_region = () => {
	return `Regional chapter`;
};
var es_chapter_kind_region = () => {
	return `Capítulo regional`;
};
var ar_chapter_kind_region = () => {
	return `فرع إقليمي`;
};
/**
* | output |
* | --- |
* | "Regional chapter" |
*
* @param {Chapter_Kind_RegionInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_kind_region = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_kind_region(inputs);
	if (locale === "ar") return ar_chapter_kind_region(inputs);
	return en_chapter_kind_region(inputs);
});
// src/lib/paraglide/messages/chapter_kind_local.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Kind_LocalInputs */
var en_chapter_kind_local = () => {
	return `Local chapter`;
};
var es_chapter_kind_local = () => {
	return `Capítulo local`;
};
var ar_chapter_kind_local = () => {
	return `فرع محلي`;
};
/**
* | output |
* | --- |
* | "Local chapter" |
*
* @param {Chapter_Kind_LocalInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_kind_local = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_kind_local(inputs);
	if (locale === "ar") return ar_chapter_kind_local(inputs);
	return en_chapter_kind_local(inputs);
});
// src/lib/paraglide/messages/chapter_default_description.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Chapter_Default_DescriptionInputs */
var en_chapter_default_description = (i) => {
	return `The members of the organisation in ${i?.name}: they meet, organise and decide together.`;
};
var es_chapter_default_description = (i) => {
	return `Los miembros de la organización en ${i?.name}: se reúnen, se organizan y deciden juntos.`;
};
var ar_chapter_default_description = (i) => {
	return `أعضاء المنظمة في ${i?.name}: يلتقون وينظّمون ويقرّرون معًا.`;
};
/**
* | output |
* | --- |
* | "The members of the organisation in {name}: they meet, organise and decide together." |
*
* @param {Chapter_Default_DescriptionInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_default_description = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_default_description(inputs);
	if (locale === "ar") return ar_chapter_default_description(inputs);
	return en_chapter_default_description(inputs);
});
// src/lib/paraglide/messages/chapter_joined.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_JoinedInputs */
var en_chapter_joined = () => {
	return `You have joined this chapter.`;
};
var es_chapter_joined = () => {
	return `Te has unido a este capítulo.`;
};
var ar_chapter_joined = () => {
	return `انضممت إلى هذا الفرع.`;
};
/**
* | output |
* | --- |
* | "You have joined this chapter." |
*
* @param {Chapter_JoinedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_joined = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_joined(inputs);
	if (locale === "ar") return ar_chapter_joined(inputs);
	return en_chapter_joined(inputs);
});
// src/lib/paraglide/messages/chapter_left.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_LeftInputs */
var en_chapter_left = () => {
	return `You have left this chapter.`;
};
var es_chapter_left = () => {
	return `Has dejado este capítulo.`;
};
var ar_chapter_left = () => {
	return `غادرت هذا الفرع.`;
};
/**
* | output |
* | --- |
* | "You have left this chapter." |
*
* @param {Chapter_LeftInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_left = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_left(inputs);
	if (locale === "ar") return ar_chapter_left(inputs);
	return en_chapter_left(inputs);
});
// src/lib/paraglide/messages/chapter_moved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_MovedInputs */
var en_chapter_moved = () => {
	return `This is now your home chapter.`;
};
var es_chapter_moved = () => {
	return `Este es ahora tu capítulo principal.`;
};
var ar_chapter_moved = () => {
	return `هذا هو فرعك الأساسي الآن.`;
};
/**
* | output |
* | --- |
* | "This is now your home chapter." |
*
* @param {Chapter_MovedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_moved = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_moved(inputs);
	if (locale === "ar") return ar_chapter_moved(inputs);
	return en_chapter_moved(inputs);
});
// src/lib/paraglide/messages/chapter_your_standing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Your_StandingInputs */
var en_chapter_your_standing = () => {
	return `You and this chapter`;
};
var es_chapter_your_standing = () => {
	return `Tú y este capítulo`;
};
var ar_chapter_your_standing = () => {
	return `أنت وهذا الفرع`;
};
/**
* | output |
* | --- |
* | "You and this chapter" |
*
* @param {Chapter_Your_StandingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_your_standing = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_your_standing(inputs);
	if (locale === "ar") return ar_chapter_your_standing(inputs);
	return en_chapter_your_standing(inputs);
});
// src/lib/paraglide/messages/chapter_is_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Is_HomeInputs */
var en_chapter_is_home = () => {
	return `This is your home chapter.`;
};
var es_chapter_is_home = () => {
	return `Este es tu capítulo principal.`;
};
var ar_chapter_is_home = () => {
	return `هذا هو فرعك الأساسي.`;
};
/**
* | output |
* | --- |
* | "This is your home chapter." |
*
* @param {Chapter_Is_HomeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_is_home = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_is_home(inputs);
	if (locale === "ar") return ar_chapter_is_home(inputs);
	return en_chapter_is_home(inputs);
});
// src/lib/paraglide/messages/chapter_is_member.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Is_MemberInputs */
var en_chapter_is_member = () => {
	return `You are a member of this chapter too.`;
};
var es_chapter_is_member = () => {
	return `También eres miembro de este capítulo.`;
};
var ar_chapter_is_member = () => {
	return `أنت عضو في هذا الفرع أيضًا.`;
};
/**
* | output |
* | --- |
* | "You are a member of this chapter too." |
*
* @param {Chapter_Is_MemberInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_is_member = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_is_member(inputs);
	if (locale === "ar") return ar_chapter_is_member(inputs);
	return en_chapter_is_member(inputs);
});
// src/lib/paraglide/messages/chapter_not_member.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Not_MemberInputs */
var en_chapter_not_member = () => {
	return `You are not in this chapter.`;
};
var es_chapter_not_member = () => {
	return `No estás en este capítulo.`;
};
var ar_chapter_not_member = () => {
	return `لست عضوًا في هذا الفرع.`;
};
/**
* | output |
* | --- |
* | "You are not in this chapter." |
*
* @param {Chapter_Not_MemberInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_not_member = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_not_member(inputs);
	if (locale === "ar") return ar_chapter_not_member(inputs);
	return en_chapter_not_member(inputs);
});
// src/lib/paraglide/messages/chapter_move_here.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Move_HereInputs */
var en_chapter_move_here = () => {
	return `Make this my home chapter`;
};
var es_chapter_move_here = () => {
	return `Hacer de este mi capítulo principal`;
};
var ar_chapter_move_here = () => {
	return `اجعله فرعي الأساسي`;
};
/**
* | output |
* | --- |
* | "Make this my home chapter" |
*
* @param {Chapter_Move_HereInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_move_here = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_move_here(inputs);
	if (locale === "ar") return ar_chapter_move_here(inputs);
	return en_chapter_move_here(inputs);
});
// src/lib/paraglide/messages/chapter_join_also.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Join_AlsoInputs */
var en_chapter_join_also = () => {
	return `Join this chapter too`;
};
var es_chapter_join_also = () => {
	return `Unirme también a este capítulo`;
};
var ar_chapter_join_also = () => {
	return `انضم إلى هذا الفرع أيضًا`;
};
/**
* | output |
* | --- |
* | "Join this chapter too" |
*
* @param {Chapter_Join_AlsoInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_join_also = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_join_also(inputs);
	if (locale === "ar") return ar_chapter_join_also(inputs);
	return en_chapter_join_also(inputs);
});
// src/lib/paraglide/messages/chapter_leave.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_LeaveInputs */
var en_chapter_leave = () => {
	return `Leave this chapter`;
};
var es_chapter_leave = () => {
	return `Dejar este capítulo`;
};
var ar_chapter_leave = () => {
	return `غادر هذا الفرع`;
};
/**
* | output |
* | --- |
* | "Leave this chapter" |
*
* @param {Chapter_LeaveInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_leave = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_leave(inputs);
	if (locale === "ar") return ar_chapter_leave(inputs);
	return en_chapter_leave(inputs);
});
// src/lib/paraglide/messages/chapter_stats.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_StatsInputs */
var en_chapter_stats = () => {
	return `In figures`;
};
var es_chapter_stats = () => {
	return `En cifras`;
};
var ar_chapter_stats = () => {
	return `بالأرقام`;
};
/**
* | output |
* | --- |
* | "In figures" |
*
* @param {Chapter_StatsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_stats = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_stats(inputs);
	if (locale === "ar") return ar_chapter_stats(inputs);
	return en_chapter_stats(inputs);
});
// src/lib/paraglide/messages/chapter_stat_members.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Stat_MembersInputs */
var en_chapter_stat_members = () => {
	return `Members`;
};
var es_chapter_stat_members = () => {
	return `Miembros`;
};
var ar_chapter_stat_members = () => {
	return `الأعضاء`;
};
/**
* | output |
* | --- |
* | "Members" |
*
* @param {Chapter_Stat_MembersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_stat_members = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_stat_members(inputs);
	if (locale === "ar") return ar_chapter_stat_members(inputs);
	return en_chapter_stat_members(inputs);
});
// src/lib/paraglide/messages/chapter_stat_active.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Stat_ActiveInputs */
var en_chapter_stat_active = () => {
	return `Active members`;
};
var es_chapter_stat_active = () => {
	return `Miembros activos`;
};
var ar_chapter_stat_active = () => {
	return `الأعضاء النشطون`;
};
/**
* | output |
* | --- |
* | "Active members" |
*
* @param {Chapter_Stat_ActiveInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_stat_active = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_stat_active(inputs);
	if (locale === "ar") return ar_chapter_stat_active(inputs);
	return en_chapter_stat_active(inputs);
});
// src/lib/paraglide/messages/chapter_stat_new.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Stat_NewInputs */
var en_chapter_stat_new = () => {
	return `Joined in the last 90 days`;
};
var es_chapter_stat_new = () => {
	return `Se unieron en los últimos 90 días`;
};
var ar_chapter_stat_new = () => {
	return `انضموا خلال آخر 90 يومًا`;
};
/**
* | output |
* | --- |
* | "Joined in the last 90 days" |
*
* @param {Chapter_Stat_NewInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_stat_new = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_stat_new(inputs);
	if (locale === "ar") return ar_chapter_stat_new(inputs);
	return en_chapter_stat_new(inputs);
});
// src/lib/paraglide/messages/chapter_active_rule.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ threshold: NonNullable<unknown> }} Chapter_Active_RuleInputs */
var en_chapter_active_rule = (i) => {
	return `A chapter is active when it has at least ${i?.threshold} active members.`;
};
var es_chapter_active_rule = (i) => {
	return `Un capítulo está activo cuando tiene al menos ${i?.threshold} miembros activos.`;
};
var ar_chapter_active_rule = (i) => {
	return `يكون الفرع نشطًا عندما يضم ${i?.threshold} أعضاء نشطين على الأقل.`;
};
/**
* | output |
* | --- |
* | "A chapter is active when it has at least {threshold} active members." |
*
* @param {Chapter_Active_RuleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_active_rule = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_active_rule(inputs);
	if (locale === "ar") return ar_chapter_active_rule(inputs);
	return en_chapter_active_rule(inputs);
});
// src/lib/paraglide/messages/chapter_growth.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_GrowthInputs */
var en_chapter_growth = () => {
	return `Growth by year`;
};
var es_chapter_growth = () => {
	return `Crecimiento por año`;
};
var ar_chapter_growth = () => {
	return `النمو حسب السنة`;
};
/**
* | output |
* | --- |
* | "Growth by year" |
*
* @param {Chapter_GrowthInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_growth = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_growth(inputs);
	if (locale === "ar") return ar_chapter_growth(inputs);
	return en_chapter_growth(inputs);
});
// src/lib/paraglide/messages/chapter_local_chapters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Local_ChaptersInputs */
var en_chapter_local_chapters = () => {
	return `Local chapters`;
};
var es_chapter_local_chapters = () => {
	return `Capítulos locales`;
};
var ar_chapter_local_chapters = () => {
	return `الفروع المحلية`;
};
/**
* | output |
* | --- |
* | "Local chapters" |
*
* @param {Chapter_Local_ChaptersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_local_chapters = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_local_chapters(inputs);
	if (locale === "ar") return ar_chapter_local_chapters(inputs);
	return en_chapter_local_chapters(inputs);
});
// src/lib/paraglide/messages/chapter_people.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_PeopleInputs */
var en_chapter_people = () => {
	return `People`;
};
var es_chapter_people = () => {
	return `Personas`;
};
var ar_chapter_people = () => {
	return `الأشخاص`;
};
/**
* | output |
* | --- |
* | "People" |
*
* @param {Chapter_PeopleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_people = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_people(inputs);
	if (locale === "ar") return ar_chapter_people(inputs);
	return en_chapter_people(inputs);
});
// src/lib/paraglide/messages/chapter_all_people.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_All_PeopleInputs */
var en_chapter_all_people = () => {
	return `All members of this chapter in the directory`;
};
var es_chapter_all_people = () => {
	return `Todos los miembros de este capítulo en el directorio`;
};
var ar_chapter_all_people = () => {
	return `جميع أعضاء هذا الفرع في الدليل`;
};
/**
* | output |
* | --- |
* | "All members of this chapter in the directory" |
*
* @param {Chapter_All_PeopleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_all_people = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_all_people(inputs);
	if (locale === "ar") return ar_chapter_all_people(inputs);
	return en_chapter_all_people(inputs);
});
// src/lib/paraglide/messages/chapter_no_people.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_No_PeopleInputs */
var en_chapter_no_people = () => {
	return `Nobody here is listed in the directory yet.`;
};
var es_chapter_no_people = () => {
	return `Aquí todavía nadie aparece en el directorio.`;
};
var ar_chapter_no_people = () => {
	return `لا أحد هنا مُدرج في الدليل بعد.`;
};
/**
* | output |
* | --- |
* | "Nobody here is listed in the directory yet." |
*
* @param {Chapter_No_PeopleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_no_people = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_no_people(inputs);
	if (locale === "ar") return ar_chapter_no_people(inputs);
	return en_chapter_no_people(inputs);
});
// src/lib/paraglide/messages/chapter_privacy_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Privacy_NoteInputs */
var en_chapter_privacy_note = () => {
	return `Only members who chose to appear in the directory are listed.`;
};
var es_chapter_privacy_note = () => {
	return `Solo aparecen los miembros que eligieron figurar en el directorio.`;
};
var ar_chapter_privacy_note = () => {
	return `لا يظهر إلا الأعضاء الذين اختاروا الظهور في الدليل.`;
};
/**
* | output |
* | --- |
* | "Only members who chose to appear in the directory are listed." |
*
* @param {Chapter_Privacy_NoteInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_privacy_note = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_privacy_note(inputs);
	if (locale === "ar") return ar_chapter_privacy_note(inputs);
	return en_chapter_privacy_note(inputs);
});
// src/lib/paraglide/messages/chapter_facilitators.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_FacilitatorsInputs */
var en_chapter_facilitators = () => {
	return `Facilitators`;
};
var es_chapter_facilitators = () => {
	return `Facilitadores`;
};
var ar_chapter_facilitators = () => {
	return `الميسّرون`;
};
/**
* | output |
* | --- |
* | "Facilitators" |
*
* @param {Chapter_FacilitatorsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_facilitators = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_facilitators(inputs);
	if (locale === "ar") return ar_chapter_facilitators(inputs);
	return en_chapter_facilitators(inputs);
});
// src/lib/paraglide/messages/chapter_no_facilitators.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_No_FacilitatorsInputs */
var en_chapter_no_facilitators = () => {
	return `No facilitators have been elected yet.`;
};
var es_chapter_no_facilitators = () => {
	return `Todavía no se ha elegido a ningún facilitador.`;
};
var ar_chapter_no_facilitators = () => {
	return `لم يُنتخب أي ميسّر بعد.`;
};
/**
* | output |
* | --- |
* | "No facilitators have been elected yet." |
*
* @param {Chapter_No_FacilitatorsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_no_facilitators = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_no_facilitators(inputs);
	if (locale === "ar") return ar_chapter_no_facilitators(inputs);
	return en_chapter_no_facilitators(inputs);
});
// src/lib/paraglide/messages/chapter_news.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_NewsInputs */
var en_chapter_news = () => {
	return `News`;
};
var es_chapter_news = () => {
	return `Noticias`;
};
var ar_chapter_news = () => {
	return `الأخبار`;
};
/**
* | output |
* | --- |
* | "News" |
*
* @param {Chapter_NewsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_news = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_news(inputs);
	if (locale === "ar") return ar_chapter_news(inputs);
	return en_chapter_news(inputs);
});
// src/lib/paraglide/messages/chapter_news_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_News_EmptyInputs */
var en_chapter_news_empty = () => {
	return `Nothing has been posted here yet.`;
};
var es_chapter_news_empty = () => {
	return `Aún no se ha publicado nada aquí.`;
};
var ar_chapter_news_empty = () => {
	return `لم يُنشر شيء هنا بعد.`;
};
/**
* | output |
* | --- |
* | "Nothing has been posted here yet." |
*
* @param {Chapter_News_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_news_empty = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_news_empty(inputs);
	if (locale === "ar") return ar_chapter_news_empty(inputs);
	return en_chapter_news_empty(inputs);
});
// src/lib/paraglide/messages/chapter_projects.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_ProjectsInputs */
var en_chapter_projects = () => {
	return `Projects`;
};
var es_chapter_projects = () => {
	return `Proyectos`;
};
var ar_chapter_projects = () => {
	return `المشاريع`;
};
/**
* | output |
* | --- |
* | "Projects" |
*
* @param {Chapter_ProjectsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_projects = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_projects(inputs);
	if (locale === "ar") return ar_chapter_projects(inputs);
	return en_chapter_projects(inputs);
});
// src/lib/paraglide/messages/chapter_projects_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Projects_EmptyInputs */
var en_chapter_projects_empty = () => {
	return `No projects yet.`;
};
var es_chapter_projects_empty = () => {
	return `Aún no hay proyectos.`;
};
var ar_chapter_projects_empty = () => {
	return `لا توجد مشاريع بعد.`;
};
/**
* | output |
* | --- |
* | "No projects yet." |
*
* @param {Chapter_Projects_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_projects_empty = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_projects_empty(inputs);
	if (locale === "ar") return ar_chapter_projects_empty(inputs);
	return en_chapter_projects_empty(inputs);
});
// src/lib/paraglide/messages/chapter_decisions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_DecisionsInputs */
var en_chapter_decisions = () => {
	return `Decisions`;
};
var es_chapter_decisions = () => {
	return `Decisiones`;
};
var ar_chapter_decisions = () => {
	return `القرارات`;
};
/**
* | output |
* | --- |
* | "Decisions" |
*
* @param {Chapter_DecisionsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_decisions = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_decisions(inputs);
	if (locale === "ar") return ar_chapter_decisions(inputs);
	return en_chapter_decisions(inputs);
});
// src/lib/paraglide/messages/chapter_decisions_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_Decisions_EmptyInputs */
var en_chapter_decisions_empty = () => {
	return `No decisions yet.`;
};
var es_chapter_decisions_empty = () => {
	return `Aún no hay decisiones.`;
};
var ar_chapter_decisions_empty = () => {
	return `لا توجد قرارات بعد.`;
};
/**
* | output |
* | --- |
* | "No decisions yet." |
*
* @param {Chapter_Decisions_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_decisions_empty = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_decisions_empty(inputs);
	if (locale === "ar") return ar_chapter_decisions_empty(inputs);
	return en_chapter_decisions_empty(inputs);
});
export { chapter_default_description as A, chapter_not_member as C, chapter_moved as D, chapter_your_standing as E, chapter_breadcrumb_label as F, chapter_kind_region as M, chapter_kind_country as N, chapter_left as O, chapter_kind_organisation as P, chapter_move_here as S, chapter_is_home as T, chapter_stat_active as _, chapter_news_empty as a, chapter_leave as b, chapter_facilitators as c, chapter_all_people as d, chapter_people as f, chapter_stat_new as g, chapter_active_rule as h, chapter_projects as i, chapter_kind_local as j, chapter_joined as k, chapter_privacy_note as l, chapter_growth as m, chapter_decisions as n, chapter_news as o, chapter_local_chapters as p, chapter_projects_empty as r, chapter_no_facilitators as s, chapter_decisions_empty as t, chapter_no_people as u, chapter_stat_members as v, chapter_is_member as w, chapter_join_also as x, chapter_stats as y };
