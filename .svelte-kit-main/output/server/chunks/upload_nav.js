import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/blog_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Blog_AllInputs */
var en_blog_all = () => {
	return `All`;
};
var es_blog_all = () => {
	return `Todo`;
};
var ar_blog_all = () => {
	return `الكل`;
};
/**
* | output |
* | --- |
* | "All" |
*
* @param {Blog_AllInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var blog_all = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_blog_all(inputs);
	if (locale === "ar") return ar_blog_all(inputs);
	return en_blog_all(inputs);
});
// src/lib/paraglide/messages/blog_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Blog_ByInputs */
var en_blog_by = (i) => {
	return `Posts by ${i?.name}`;
};
var es_blog_by = (i) => {
	return `Artículos de ${i?.name}`;
};
var ar_blog_by = (i) => {
	return `مقالات ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Posts by {name}" |
*
* @param {Blog_ByInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var blog_by = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_blog_by(inputs);
	if (locale === "ar") return ar_blog_by(inputs);
	return en_blog_by(inputs);
});
// src/lib/paraglide/messages/blog_chapter_news.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Blog_Chapter_NewsInputs */
var en_blog_chapter_news = () => {
	return `Chapter news`;
};
var es_blog_chapter_news = () => {
	return `Noticias de los capítulos`;
};
var ar_blog_chapter_news = () => {
	return `أخبار الفروع`;
};
/**
* | output |
* | --- |
* | "Chapter news" |
*
* @param {Blog_Chapter_NewsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var blog_chapter_news = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_blog_chapter_news(inputs);
	if (locale === "ar") return ar_blog_chapter_news(inputs);
	return en_blog_chapter_news(inputs);
});
// src/lib/paraglide/messages/blog_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Blog_EmptyInputs */
var en_blog_empty = () => {
	return `Nothing has been published here yet.`;
};
var es_blog_empty = () => {
	return `Aquí todavía no se ha publicado nada.`;
};
var ar_blog_empty = () => {
	return `لم يُنشر شيء هنا بعد.`;
};
/**
* | output |
* | --- |
* | "Nothing has been published here yet." |
*
* @param {Blog_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var blog_empty = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_blog_empty(inputs);
	if (locale === "ar") return ar_blog_empty(inputs);
	return en_blog_empty(inputs);
});
// src/lib/paraglide/messages/blog_filters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Blog_FiltersInputs */
var en_blog_filters = () => {
	return `Show`;
};
var es_blog_filters = () => {
	return `Mostrar`;
};
var ar_blog_filters = () => {
	return `عرض`;
};
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Blog_FiltersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var blog_filters = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_blog_filters(inputs);
	if (locale === "ar") return ar_blog_filters(inputs);
	return en_blog_filters(inputs);
});
// src/lib/paraglide/messages/blog_members.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Blog_MembersInputs */
var en_blog_members = () => {
	return `Members' blogs`;
};
var es_blog_members = () => {
	return `Blogs de los miembros`;
};
var ar_blog_members = () => {
	return `مدونات الأعضاء`;
};
/**
* | output |
* | --- |
* | "Members' blogs" |
*
* @param {Blog_MembersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var blog_members = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_blog_members(inputs);
	if (locale === "ar") return ar_blog_members(inputs);
	return en_blog_members(inputs);
});
// src/lib/paraglide/messages/blog_older.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Blog_OlderInputs */
var en_blog_older = () => {
	return `Older posts`;
};
var es_blog_older = () => {
	return `Artículos anteriores`;
};
var ar_blog_older = () => {
	return `مقالات أقدم`;
};
/**
* | output |
* | --- |
* | "Older posts" |
*
* @param {Blog_OlderInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var blog_older = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_blog_older(inputs);
	if (locale === "ar") return ar_blog_older(inputs);
	return en_blog_older(inputs);
});
// src/lib/paraglide/messages/blog_organisation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Blog_OrganisationInputs */
var en_blog_organisation = () => {
	return `The organisation's blog`;
};
var es_blog_organisation = () => {
	return `El blog de la organización`;
};
var ar_blog_organisation = () => {
	return `مدونة المنظمة`;
};
/**
* | output |
* | --- |
* | "The organisation's blog" |
*
* @param {Blog_OrganisationInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var blog_organisation = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_blog_organisation(inputs);
	if (locale === "ar") return ar_blog_organisation(inputs);
	return en_blog_organisation(inputs);
});
// src/lib/paraglide/messages/blog_tagged.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ tag: NonNullable<unknown> }} Blog_TaggedInputs */
var en_blog_tagged = (i) => {
	return `Posts tagged ${i?.tag}`;
};
var es_blog_tagged = (i) => {
	return `Artículos con la etiqueta ${i?.tag}`;
};
var ar_blog_tagged = (i) => {
	return `مقالات بالوسم ${i?.tag}`;
};
/**
* | output |
* | --- |
* | "Posts tagged {tag}" |
*
* @param {Blog_TaggedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var blog_tagged = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_blog_tagged(inputs);
	if (locale === "ar") return ar_blog_tagged(inputs);
	return en_blog_tagged(inputs);
});
// src/lib/paraglide/messages/blog_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Blog_TitleInputs */
var en_blog_title = () => {
	return `Blog`;
};
var es_blog_title = () => {
	return `Blog`;
};
var ar_blog_title = () => {
	return `المدونة`;
};
/**
* | output |
* | --- |
* | "Blog" |
*
* @param {Blog_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var blog_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_blog_title(inputs);
	if (locale === "ar") return ar_blog_title(inputs);
	return en_blog_title(inputs);
});
// src/lib/paraglide/messages/blog_your_drafts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Blog_Your_DraftsInputs */
var en_blog_your_drafts = () => {
	return `Your drafts`;
};
var es_blog_your_drafts = () => {
	return `Tus borradores`;
};
var ar_blog_your_drafts = () => {
	return `مسوداتك`;
};
/**
* | output |
* | --- |
* | "Your drafts" |
*
* @param {Blog_Your_DraftsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var blog_your_drafts = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_blog_your_drafts(inputs);
	if (locale === "ar") return ar_blog_your_drafts(inputs);
	return en_blog_your_drafts(inputs);
});
// src/lib/paraglide/messages/upload_nav.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_NavInputs */
var en_upload_nav = () => {
	return `Your images`;
};
var es_upload_nav = () => {
	return `Tus imágenes`;
};
var ar_upload_nav = () => {
	return `صورك`;
};
/**
* | output |
* | --- |
* | "Your images" |
*
* @param {Upload_NavInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_nav = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_nav(inputs);
	if (locale === "ar") return ar_upload_nav(inputs);
	return en_upload_nav(inputs);
});
export { blog_organisation as a, blog_filters as c, blog_by as d, blog_all as f, blog_tagged as i, blog_empty as l, blog_your_drafts as n, blog_older as o, blog_title as r, blog_members as s, upload_nav as t, blog_chapter_news as u };
