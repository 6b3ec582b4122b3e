import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/directory_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_TitleInputs */
var en_directory_title = () => {
	return `Members`;
};
var es_directory_title = () => {
	return `Miembros`;
};
var ar_directory_title = () => {
	return `الأعضاء`;
};
/**
* | output |
* | --- |
* | "Members" |
*
* @param {Directory_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_title(inputs);
	if (locale === "ar") return ar_directory_title(inputs);
	return en_directory_title(inputs);
});
// src/lib/paraglide/messages/directory_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_IntroInputs */
var en_directory_intro = () => {
	return `Find members by name, interests, language, country or chapter. Only members who chose to appear here are listed.`;
};
var es_directory_intro = () => {
	return `Busca miembros por nombre, intereses, idioma, país o capítulo. Solo aparecen quienes eligieron figurar aquí.`;
};
var ar_directory_intro = () => {
	return `ابحث عن الأعضاء بالاسم أو الاهتمامات أو اللغة أو البلد أو الفرع. لا يظهر هنا إلا من اختار ذلك.`;
};
/**
* | output |
* | --- |
* | "Find members by name, interests, language, country or chapter. Only members who chose to appear here are listed." |
*
* @param {Directory_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_intro = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_intro(inputs);
	if (locale === "ar") return ar_directory_intro(inputs);
	return en_directory_intro(inputs);
});
// src/lib/paraglide/messages/directory_search_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_Search_LabelInputs */
var en_directory_search_label = () => {
	return `Search the members`;
};
var es_directory_search_label = () => {
	return `Buscar miembros`;
};
var ar_directory_search_label = () => {
	return `البحث في الأعضاء`;
};
/**
* | output |
* | --- |
* | "Search the members" |
*
* @param {Directory_Search_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_search_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_search_label(inputs);
	if (locale === "ar") return ar_directory_search_label(inputs);
	return en_directory_search_label(inputs);
});
// src/lib/paraglide/messages/directory_query.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_QueryInputs */
var en_directory_query = () => {
	return `Name, user name or interests`;
};
var es_directory_query = () => {
	return `Nombre, nombre de usuario o intereses`;
};
var ar_directory_query = () => {
	return `الاسم أو اسم المستخدم أو الاهتمامات`;
};
/**
* | output |
* | --- |
* | "Name, user name or interests" |
*
* @param {Directory_QueryInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_query = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_query(inputs);
	if (locale === "ar") return ar_directory_query(inputs);
	return en_directory_query(inputs);
});
// src/lib/paraglide/messages/directory_query_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_Query_HintInputs */
var en_directory_query_hint = () => {
	return `For example: housing, Ana, ana_r`;
};
var es_directory_query_hint = () => {
	return `Por ejemplo: vivienda, Ana, ana_r`;
};
var ar_directory_query_hint = () => {
	return `مثلًا: السكن، سارة، sara_k`;
};
/**
* | output |
* | --- |
* | "For example: housing, Ana, ana_r" |
*
* @param {Directory_Query_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_query_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_query_hint(inputs);
	if (locale === "ar") return ar_directory_query_hint(inputs);
	return en_directory_query_hint(inputs);
});
// src/lib/paraglide/messages/directory_country.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_CountryInputs */
var en_directory_country = () => {
	return `Country`;
};
var es_directory_country = () => {
	return `País`;
};
var ar_directory_country = () => {
	return `البلد`;
};
/**
* | output |
* | --- |
* | "Country" |
*
* @param {Directory_CountryInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_country = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_country(inputs);
	if (locale === "ar") return ar_directory_country(inputs);
	return en_directory_country(inputs);
});
// src/lib/paraglide/messages/directory_language.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_LanguageInputs */
var en_directory_language = () => {
	return `Language`;
};
var es_directory_language = () => {
	return `Idioma`;
};
var ar_directory_language = () => {
	return `اللغة`;
};
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Directory_LanguageInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_language = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_language(inputs);
	if (locale === "ar") return ar_directory_language(inputs);
	return en_directory_language(inputs);
});
// src/lib/paraglide/messages/directory_any.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_AnyInputs */
var en_directory_any = () => {
	return `Any`;
};
var es_directory_any = () => {
	return `Cualquiera`;
};
var ar_directory_any = () => {
	return `أيّ`;
};
/**
* | output |
* | --- |
* | "Any" |
*
* @param {Directory_AnyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_any = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_any(inputs);
	if (locale === "ar") return ar_directory_any(inputs);
	return en_directory_any(inputs);
});
// src/lib/paraglide/messages/directory_search.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_SearchInputs */
var en_directory_search = () => {
	return `Search`;
};
var es_directory_search = () => {
	return `Buscar`;
};
var ar_directory_search = () => {
	return `ابحث`;
};
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Directory_SearchInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_search = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_search(inputs);
	if (locale === "ar") return ar_directory_search(inputs);
	return en_directory_search(inputs);
});
// src/lib/paraglide/messages/directory_clear.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_ClearInputs */
var en_directory_clear = () => {
	return `Clear`;
};
var es_directory_clear = () => {
	return `Borrar filtros`;
};
var ar_directory_clear = () => {
	return `مسح`;
};
/**
* | output |
* | --- |
* | "Clear" |
*
* @param {Directory_ClearInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_clear = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_clear(inputs);
	if (locale === "ar") return ar_directory_clear(inputs);
	return en_directory_clear(inputs);
});
// src/lib/paraglide/messages/directory_in_chapter.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_In_ChapterInputs */
var en_directory_in_chapter = () => {
	return `In the chapter:`;
};
var es_directory_in_chapter = () => {
	return `En el capítulo:`;
};
var ar_directory_in_chapter = () => {
	return `في الفرع:`;
};
/**
* | output |
* | --- |
* | "In the chapter:" |
*
* @param {Directory_In_ChapterInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_in_chapter = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_in_chapter(inputs);
	if (locale === "ar") return ar_directory_in_chapter(inputs);
	return en_directory_in_chapter(inputs);
});
// src/lib/paraglide/messages/directory_results.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_ResultsInputs */
var en_directory_results = () => {
	return `Results`;
};
var es_directory_results = () => {
	return `Resultados`;
};
var ar_directory_results = () => {
	return `النتائج`;
};
/**
* | output |
* | --- |
* | "Results" |
*
* @param {Directory_ResultsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_results = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_results(inputs);
	if (locale === "ar") return ar_directory_results(inputs);
	return en_directory_results(inputs);
});
// src/lib/paraglide/messages/directory_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_NoneInputs */
var en_directory_none = () => {
	return `No members found.`;
};
var es_directory_none = () => {
	return `No se encontró a ningún miembro.`;
};
var ar_directory_none = () => {
	return `لم يُعثر على أي عضو.`;
};
/**
* | output |
* | --- |
* | "No members found." |
*
* @param {Directory_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_none(inputs);
	if (locale === "ar") return ar_directory_none(inputs);
	return en_directory_none(inputs);
});
// src/lib/paraglide/messages/directory_pages.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_PagesInputs */
var en_directory_pages = () => {
	return `More results`;
};
var es_directory_pages = () => {
	return `Más resultados`;
};
var ar_directory_pages = () => {
	return `مزيد من النتائج`;
};
/**
* | output |
* | --- |
* | "More results" |
*
* @param {Directory_PagesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_pages = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_pages(inputs);
	if (locale === "ar") return ar_directory_pages(inputs);
	return en_directory_pages(inputs);
});
// src/lib/paraglide/messages/directory_first_page.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_First_PageInputs */
var en_directory_first_page = () => {
	return `First page`;
};
var es_directory_first_page = () => {
	return `Primera página`;
};
var ar_directory_first_page = () => {
	return `الصفحة الأولى`;
};
/**
* | output |
* | --- |
* | "First page" |
*
* @param {Directory_First_PageInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_first_page = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_first_page(inputs);
	if (locale === "ar") return ar_directory_first_page(inputs);
	return en_directory_first_page(inputs);
});
// src/lib/paraglide/messages/directory_next_page.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_Next_PageInputs */
var en_directory_next_page = () => {
	return `Next page`;
};
var es_directory_next_page = () => {
	return `Página siguiente`;
};
var ar_directory_next_page = () => {
	return `الصفحة التالية`;
};
/**
* | output |
* | --- |
* | "Next page" |
*
* @param {Directory_Next_PageInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_next_page = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_next_page(inputs);
	if (locale === "ar") return ar_directory_next_page(inputs);
	return en_directory_next_page(inputs);
});
// src/lib/paraglide/messages/directory_privacy_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Directory_Privacy_NoteInputs */
var en_directory_privacy_note = () => {
	return `Members decide in their privacy settings whether they appear here and whether visitors see their full name.`;
};
var es_directory_privacy_note = () => {
	return `Cada miembro decide en su configuración de privacidad si aparece aquí y si los visitantes ven su nombre completo.`;
};
var ar_directory_privacy_note = () => {
	return `يقرّر كل عضو في إعدادات الخصوصية ما إذا كان يظهر هنا وما إذا كان الزوار يرون اسمه الكامل.`;
};
/**
* | output |
* | --- |
* | "Members decide in their privacy settings whether they appear here and whether visitors see their full name." |
*
* @param {Directory_Privacy_NoteInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var directory_privacy_note = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_directory_privacy_note(inputs);
	if (locale === "ar") return ar_directory_privacy_note(inputs);
	return en_directory_privacy_note(inputs);
});
export { directory_title as _, directory_none as a, directory_clear as c, directory_language as d, directory_country as f, directory_intro as g, directory_search_label as h, directory_pages as i, directory_search as l, directory_query as m, directory_next_page as n, directory_results as o, directory_query_hint as p, directory_first_page as r, directory_in_chapter as s, directory_privacy_note as t, directory_any as u };
