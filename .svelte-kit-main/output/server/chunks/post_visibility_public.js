import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/post_chapter_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Chapter_HintInputs */
var en_post_chapter_hint = () => {
	return `For chapter news or a post only its members can read.`;
};
var es_post_chapter_hint = () => {
	return `Para noticias del capítulo o un artículo que solo puedan leer sus miembros.`;
};
var ar_post_chapter_hint = () => {
	return `لأخبار الفرع أو لمقال لا يقرؤه إلا أعضاؤه.`;
};
/**
* | output |
* | --- |
* | "For chapter news or a post only its members can read." |
*
* @param {Post_Chapter_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_chapter_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_chapter_hint(inputs);
	if (locale === "ar") return ar_post_chapter_hint(inputs);
	return en_post_chapter_hint(inputs);
});
// src/lib/paraglide/messages/post_chapter_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Chapter_LabelInputs */
var en_post_chapter_label = () => {
	return `Chapter`;
};
var es_post_chapter_label = () => {
	return `Capítulo`;
};
var ar_post_chapter_label = () => {
	return `الفرع`;
};
/**
* | output |
* | --- |
* | "Chapter" |
*
* @param {Post_Chapter_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_chapter_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_chapter_label(inputs);
	if (locale === "ar") return ar_post_chapter_label(inputs);
	return en_post_chapter_label(inputs);
});
// src/lib/paraglide/messages/post_chapter_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Chapter_NoneInputs */
var en_post_chapter_none = () => {
	return `No chapter`;
};
var es_post_chapter_none = () => {
	return `Ningún capítulo`;
};
var ar_post_chapter_none = () => {
	return `بلا فرع`;
};
/**
* | output |
* | --- |
* | "No chapter" |
*
* @param {Post_Chapter_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_chapter_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_chapter_none(inputs);
	if (locale === "ar") return ar_post_chapter_none(inputs);
	return en_post_chapter_none(inputs);
});
// src/lib/paraglide/messages/post_kind_blog.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Kind_BlogInputs */
var en_post_kind_blog = () => {
	return `My blog`;
};
var es_post_kind_blog = () => {
	return `Mi blog`;
};
var ar_post_kind_blog = () => {
	return `مدونتي`;
};
/**
* | output |
* | --- |
* | "My blog" |
*
* @param {Post_Kind_BlogInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_kind_blog = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_kind_blog(inputs);
	if (locale === "ar") return ar_post_kind_blog(inputs);
	return en_post_kind_blog(inputs);
});
// src/lib/paraglide/messages/post_kind_chapter.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Kind_ChapterInputs */
var en_post_kind_chapter = () => {
	return `Chapter news`;
};
var es_post_kind_chapter = () => {
	return `Noticias del capítulo`;
};
var ar_post_kind_chapter = () => {
	return `أخبار الفرع`;
};
/**
* | output |
* | --- |
* | "Chapter news" |
*
* @param {Post_Kind_ChapterInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_kind_chapter = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_kind_chapter(inputs);
	if (locale === "ar") return ar_post_kind_chapter(inputs);
	return en_post_kind_chapter(inputs);
});
// src/lib/paraglide/messages/post_kind_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Kind_LabelInputs */
var en_post_kind_label = () => {
	return `Where it appears`;
};
var es_post_kind_label = () => {
	return `Dónde aparece`;
};
var ar_post_kind_label = () => {
	return `مكان النشر`;
};
/**
* | output |
* | --- |
* | "Where it appears" |
*
* @param {Post_Kind_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_kind_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_kind_label(inputs);
	if (locale === "ar") return ar_post_kind_label(inputs);
	return en_post_kind_label(inputs);
});
// src/lib/paraglide/messages/post_kind_organisation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Kind_OrganisationInputs */
var en_post_kind_organisation = () => {
	return `The organisation's blog`;
};
var es_post_kind_organisation = () => {
	return `El blog de la organización`;
};
var ar_post_kind_organisation = () => {
	return `مدونة المنظمة`;
};
/**
* | output |
* | --- |
* | "The organisation's blog" |
*
* @param {Post_Kind_OrganisationInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_kind_organisation = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_kind_organisation(inputs);
	if (locale === "ar") return ar_post_kind_organisation(inputs);
	return en_post_kind_organisation(inputs);
});
// src/lib/paraglide/messages/post_publish.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_PublishInputs */
var en_post_publish = () => {
	return `Publish`;
};
var es_post_publish = () => {
	return `Publicar`;
};
var ar_post_publish = () => {
	return `انشر`;
};
/**
* | output |
* | --- |
* | "Publish" |
*
* @param {Post_PublishInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_publish = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_publish(inputs);
	if (locale === "ar") return ar_post_publish(inputs);
	return en_post_publish(inputs);
});
// src/lib/paraglide/messages/post_save_draft.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Save_DraftInputs */
var en_post_save_draft = () => {
	return `Save as draft`;
};
var es_post_save_draft = () => {
	return `Guardar como borrador`;
};
var ar_post_save_draft = () => {
	return `احفظ كمسودة`;
};
/**
* | output |
* | --- |
* | "Save as draft" |
*
* @param {Post_Save_DraftInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_save_draft = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_save_draft(inputs);
	if (locale === "ar") return ar_post_save_draft(inputs);
	return en_post_save_draft(inputs);
});
// src/lib/paraglide/messages/post_tags_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Tags_HintInputs */
var en_post_tags_hint = () => {
	return `Separated by commas, e.g. housing, chapters`;
};
var es_post_tags_hint = () => {
	return `Separadas por comas, p. ej.: vivienda, capítulos`;
};
var ar_post_tags_hint = () => {
	return `مفصولة بفواصل، مثلًا: السكن، الفروع`;
};
/**
* | output |
* | --- |
* | "Separated by commas, e.g. housing, chapters" |
*
* @param {Post_Tags_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_tags_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_tags_hint(inputs);
	if (locale === "ar") return ar_post_tags_hint(inputs);
	return en_post_tags_hint(inputs);
});
// src/lib/paraglide/messages/post_tags_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Tags_LabelInputs */
var en_post_tags_label = () => {
	return `Tags`;
};
var es_post_tags_label = () => {
	return `Etiquetas`;
};
var ar_post_tags_label = () => {
	return `الوسوم`;
};
/**
* | output |
* | --- |
* | "Tags" |
*
* @param {Post_Tags_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_tags_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_tags_label(inputs);
	if (locale === "ar") return ar_post_tags_label(inputs);
	return en_post_tags_label(inputs);
});
// src/lib/paraglide/messages/post_visibility_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Visibility_LabelInputs */
var en_post_visibility_label = () => {
	return `Who can read it`;
};
var es_post_visibility_label = () => {
	return `Quién puede leerlo`;
};
var ar_post_visibility_label = () => {
	return `من يمكنه قراءته`;
};
/**
* | output |
* | --- |
* | "Who can read it" |
*
* @param {Post_Visibility_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_visibility_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_visibility_label(inputs);
	if (locale === "ar") return ar_post_visibility_label(inputs);
	return en_post_visibility_label(inputs);
});
// src/lib/paraglide/messages/post_visibility_public.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Visibility_PublicInputs */
var en_post_visibility_public = () => {
	return `Everyone`;
};
var es_post_visibility_public = () => {
	return `Todo el mundo`;
};
var ar_post_visibility_public = () => {
	return `الجميع`;
};
/**
* | output |
* | --- |
* | "Everyone" |
*
* @param {Post_Visibility_PublicInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_visibility_public = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_visibility_public(inputs);
	if (locale === "ar") return ar_post_visibility_public(inputs);
	return en_post_visibility_public(inputs);
});
export { post_save_draft as a, post_kind_label as c, post_chapter_none as d, post_chapter_label as f, post_tags_hint as i, post_kind_chapter as l, post_visibility_label as n, post_publish as o, post_chapter_hint as p, post_tags_label as r, post_kind_organisation as s, post_visibility_public as t, post_kind_blog as u };
