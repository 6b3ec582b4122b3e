import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/skip_to_content.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Skip_To_ContentInputs */
var en_skip_to_content = () => {
	return `Skip to main content`;
};
var es_skip_to_content = () => {
	return `Saltar al contenido principal`;
};
var ar_skip_to_content = () => {
	return `الانتقال إلى المحتوى الرئيسي`;
};
/**
* | output |
* | --- |
* | "Skip to main content" |
*
* @param {Skip_To_ContentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var skip_to_content = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_skip_to_content(inputs);
	if (locale === "ar") return ar_skip_to_content(inputs);
	return en_skip_to_content(inputs);
});
// src/lib/paraglide/messages/nav_main_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_Main_LabelInputs */
var en_nav_main_label = () => {
	return `Main`;
};
var es_nav_main_label = () => {
	return `Principal`;
};
var ar_nav_main_label = () => {
	return `القائمة الرئيسية`;
};
/**
* | output |
* | --- |
* | "Main" |
*
* @param {Nav_Main_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var nav_main_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_nav_main_label(inputs);
	if (locale === "ar") return ar_nav_main_label(inputs);
	return en_nav_main_label(inputs);
});
// src/lib/paraglide/messages/nav_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_HomeInputs */
var en_nav_home = () => {
	return `Home`;
};
var es_nav_home = () => {
	return `Inicio`;
};
var ar_nav_home = () => {
	return `الرئيسية`;
};
/**
* | output |
* | --- |
* | "Home" |
*
* @param {Nav_HomeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var nav_home = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_nav_home(inputs);
	if (locale === "ar") return ar_nav_home(inputs);
	return en_nav_home(inputs);
});
// src/lib/paraglide/messages/nav_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_ProfileInputs */
var en_nav_profile = () => {
	return `My profile`;
};
var es_nav_profile = () => {
	return `Mi perfil`;
};
var ar_nav_profile = () => {
	return `ملفي الشخصي`;
};
/**
* | output |
* | --- |
* | "My profile" |
*
* @param {Nav_ProfileInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var nav_profile = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_nav_profile(inputs);
	if (locale === "ar") return ar_nav_profile(inputs);
	return en_nav_profile(inputs);
});
// src/lib/paraglide/messages/nav_settings.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Nav_SettingsInputs */
var en_nav_settings = () => {
	return `Settings`;
};
var es_nav_settings = () => {
	return `Ajustes`;
};
var ar_nav_settings = () => {
	return `الإعدادات`;
};
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Nav_SettingsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var nav_settings = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_nav_settings(inputs);
	if (locale === "ar") return ar_nav_settings(inputs);
	return en_nav_settings(inputs);
});
// src/lib/paraglide/messages/language_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Language_LabelInputs */
var en_language_label = () => {
	return `Language`;
};
var es_language_label = () => {
	return `Idioma`;
};
var ar_language_label = () => {
	return `اللغة`;
};
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Language_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var language_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_language_label(inputs);
	if (locale === "ar") return ar_language_label(inputs);
	return en_language_label(inputs);
});
// src/lib/paraglide/messages/language_change.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Language_ChangeInputs */
var en_language_change = () => {
	return `Change`;
};
var es_language_change = () => {
	return `Cambiar`;
};
var ar_language_change = () => {
	return `تغيير`;
};
/**
* | output |
* | --- |
* | "Change" |
*
* @param {Language_ChangeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var language_change = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_language_change(inputs);
	if (locale === "ar") return ar_language_change(inputs);
	return en_language_change(inputs);
});
// src/lib/paraglide/messages/footer_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Footer_TextInputs */
var en_footer_text = (i) => {
	return `${i?.name} is run by its members. Every decision and every count can be checked.`;
};
var es_footer_text = (i) => {
	return `${i?.name} está en manos de sus miembros. Cada decisión y cada recuento se pueden comprobar.`;
};
var ar_footer_text = (i) => {
	return `يدير أعضاءُ ${i?.name} منظمتَهم بأنفسهم. ويمكن التحقق من كل قرار ومن كل عملية فرز.`;
};
/**
* | output |
* | --- |
* | "{name} is run by its members. Every decision and every count can be checked." |
*
* @param {Footer_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var footer_text = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_footer_text(inputs);
	if (locale === "ar") return ar_footer_text(inputs);
	return en_footer_text(inputs);
});
// src/lib/paraglide/messages/footer_dev_mail.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Footer_Dev_MailInputs */
var en_footer_dev_mail = () => {
	return `Development mailbox`;
};
var es_footer_dev_mail = () => {
	return `Buzón de desarrollo`;
};
var ar_footer_dev_mail = () => {
	return `صندوق بريد التطوير`;
};
/**
* | output |
* | --- |
* | "Development mailbox" |
*
* @param {Footer_Dev_MailInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var footer_dev_mail = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_footer_dev_mail(inputs);
	if (locale === "ar") return ar_footer_dev_mail(inputs);
	return en_footer_dev_mail(inputs);
});
// src/lib/paraglide/messages/chapter_nav.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Chapter_NavInputs */
var en_chapter_nav = () => {
	return `Chapters`;
};
var es_chapter_nav = () => {
	return `Capítulos`;
};
var ar_chapter_nav = () => {
	return `الفروع`;
};
/**
* | output |
* | --- |
* | "Chapters" |
*
* @param {Chapter_NavInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var chapter_nav = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_chapter_nav(inputs);
	if (locale === "ar") return ar_chapter_nav(inputs);
	return en_chapter_nav(inputs);
});
// src/lib/paraglide/messages/directory_nav.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_NavInputs */
var en_directory_nav = () => {
	return `Members`;
};
var es_directory_nav = () => {
	return `Miembros`;
};
var ar_directory_nav = () => {
	return `الأعضاء`;
};
/**
* | output |
* | --- |
* | "Members" |
*
* @param {Directory_NavInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_nav = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_nav(inputs);
	if (locale === "ar") return ar_directory_nav(inputs);
	return en_directory_nav(inputs);
});
// src/lib/paraglide/messages/glance_nav.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_NavInputs */
var en_glance_nav = () => {
	return `At a glance`;
};
var es_glance_nav = () => {
	return `De un vistazo`;
};
var ar_glance_nav = () => {
	return `نظرة عامة`;
};
/**
* | output |
* | --- |
* | "At a glance" |
*
* @param {Glance_NavInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_nav = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_nav(inputs);
	if (locale === "ar") return ar_glance_nav(inputs);
	return en_glance_nav(inputs);
});
// src/lib/paraglide/messages/onboarding_nav.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_NavInputs */
var en_onboarding_nav = () => {
	return `First steps`;
};
var es_onboarding_nav = () => {
	return `Primeros pasos`;
};
var ar_onboarding_nav = () => {
	return `الخطوات الأولى`;
};
/**
* | output |
* | --- |
* | "First steps" |
*
* @param {Onboarding_NavInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_nav = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_nav(inputs);
	if (locale === "ar") return ar_onboarding_nav(inputs);
	return en_onboarding_nav(inputs);
});
// src/lib/paraglide/messages/blog_nav.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Blog_NavInputs */
var en_blog_nav = () => {
	return `Blog`;
};
var es_blog_nav = () => {
	return `Blog`;
};
var ar_blog_nav = () => {
	return `المدونة`;
};
/**
* | output |
* | --- |
* | "Blog" |
*
* @param {Blog_NavInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var blog_nav = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_blog_nav(inputs);
	if (locale === "ar") return ar_blog_nav(inputs);
	return en_blog_nav(inputs);
});
// src/lib/paraglide/messages/forum_nav.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_NavInputs */
var en_forum_nav = () => {
	return `Forums`;
};
var es_forum_nav = () => {
	return `Foros`;
};
var ar_forum_nav = () => {
	return `المنتديات`;
};
/**
* | output |
* | --- |
* | "Forums" |
*
* @param {Forum_NavInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_nav = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_nav(inputs);
	if (locale === "ar") return ar_forum_nav(inputs);
	return en_forum_nav(inputs);
});
// src/lib/paraglide/messages/search_nav.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Search_NavInputs */
var en_search_nav = () => {
	return `Search`;
};
var es_search_nav = () => {
	return `Buscar`;
};
var ar_search_nav = () => {
	return `بحث`;
};
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Search_NavInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var search_nav = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_search_nav(inputs);
	if (locale === "ar") return ar_search_nav(inputs);
	return en_search_nav(inputs);
});
// src/lib/paraglide/messages/decisions_nav.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decisions_NavInputs */
var en_decisions_nav = () => {
	return `Decisions`;
};
var es_decisions_nav = () => {
	return `Decisiones`;
};
var ar_decisions_nav = () => {
	return `القرارات`;
};
/**
* | output |
* | --- |
* | "Decisions" |
*
* @param {Decisions_NavInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decisions_nav = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decisions_nav(inputs);
	if (locale === "ar") return ar_decisions_nav(inputs);
	return en_decisions_nav(inputs);
});
export { skip_to_content as _, onboarding_nav as a, chapter_nav as c, language_change as d, language_label as f, nav_main_label as g, nav_home as h, blog_nav as i, footer_dev_mail as l, nav_profile as m, search_nav as n, glance_nav as o, nav_settings as p, forum_nav as r, directory_nav as s, decisions_nav as t, footer_text as u };
