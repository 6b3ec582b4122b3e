import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/glance_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_TitleInputs */
var en_glance_title = () => {
	return `The organisation at a glance`;
};
var es_glance_title = () => {
	return `La organización de un vistazo`;
};
var ar_glance_title = () => {
	return `المنظمة في لمحة`;
};
/**
* | output |
* | --- |
* | "The organisation at a glance" |
*
* @param {Glance_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_title(inputs);
	if (locale === "ar") return ar_glance_title(inputs);
	return en_glance_title(inputs);
});
// src/lib/paraglide/messages/glance_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Glance_IntroInputs */
var en_glance_intro = (i) => {
	return `How ${i?.name} is doing: where its members are, how it grows, and how close it is to its founding convention.`;
};
var es_glance_intro = (i) => {
	return `Cómo le va a ${i?.name}: dónde están sus miembros, cómo crece y cuánto le falta para su convención fundacional.`;
};
var ar_glance_intro = (i) => {
	return `كيف حال ${i?.name}: أين أعضاؤها، وكيف تنمو، وكم هي قريبة من مؤتمرها التأسيسي.`;
};
/**
* | output |
* | --- |
* | "How {name} is doing: where its members are, how it grows, and how close it is to its founding convention." |
*
* @param {Glance_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_intro = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_intro(inputs);
	if (locale === "ar") return ar_glance_intro(inputs);
	return en_glance_intro(inputs);
});
// src/lib/paraglide/messages/glance_members.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_MembersInputs */
var en_glance_members = () => {
	return `Members`;
};
var es_glance_members = () => {
	return `Miembros`;
};
var ar_glance_members = () => {
	return `الأعضاء`;
};
/**
* | output |
* | --- |
* | "Members" |
*
* @param {Glance_MembersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_members = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_members(inputs);
	if (locale === "ar") return ar_glance_members(inputs);
	return en_glance_members(inputs);
});
// src/lib/paraglide/messages/glance_active_members.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Active_MembersInputs */
var en_glance_active_members = () => {
	return `Active members`;
};
var es_glance_active_members = () => {
	return `Miembros activos`;
};
var ar_glance_active_members = () => {
	return `الأعضاء النشطون`;
};
/**
* | output |
* | --- |
* | "Active members" |
*
* @param {Glance_Active_MembersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_active_members = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_active_members(inputs);
	if (locale === "ar") return ar_glance_active_members(inputs);
	return en_glance_active_members(inputs);
});
// src/lib/paraglide/messages/glance_countries.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_CountriesInputs */
var en_glance_countries = () => {
	return `Countries`;
};
var es_glance_countries = () => {
	return `Países`;
};
var ar_glance_countries = () => {
	return `البلدان`;
};
/**
* | output |
* | --- |
* | "Countries" |
*
* @param {Glance_CountriesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_countries = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_countries(inputs);
	if (locale === "ar") return ar_glance_countries(inputs);
	return en_glance_countries(inputs);
});
// src/lib/paraglide/messages/glance_continents.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_ContinentsInputs */
var en_glance_continents = () => {
	return `Continents`;
};
var es_glance_continents = () => {
	return `Continentes`;
};
var ar_glance_continents = () => {
	return `القارات`;
};
/**
* | output |
* | --- |
* | "Continents" |
*
* @param {Glance_ContinentsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_continents = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_continents(inputs);
	if (locale === "ar") return ar_glance_continents(inputs);
	return en_glance_continents(inputs);
});
// src/lib/paraglide/messages/glance_active_chapters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Active_ChaptersInputs */
var en_glance_active_chapters = () => {
	return `Active chapters`;
};
var es_glance_active_chapters = () => {
	return `Capítulos activos`;
};
var ar_glance_active_chapters = () => {
	return `الفروع النشطة`;
};
/**
* | output |
* | --- |
* | "Active chapters" |
*
* @param {Glance_Active_ChaptersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_active_chapters = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_active_chapters(inputs);
	if (locale === "ar") return ar_glance_active_chapters(inputs);
	return en_glance_active_chapters(inputs);
});
// src/lib/paraglide/messages/glance_map_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Map_HeadingInputs */
var en_glance_map_heading = () => {
	return `Members by country`;
};
var es_glance_map_heading = () => {
	return `Miembros por país`;
};
var ar_glance_map_heading = () => {
	return `الأعضاء حسب البلد`;
};
/**
* | output |
* | --- |
* | "Members by country" |
*
* @param {Glance_Map_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_map_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_map_heading(inputs);
	if (locale === "ar") return ar_glance_map_heading(inputs);
	return en_glance_map_heading(inputs);
});
// src/lib/paraglide/messages/glance_map_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Map_TitleInputs */
var en_glance_map_title = () => {
	return `World map of members by country`;
};
var es_glance_map_title = () => {
	return `Mapa mundial de miembros por país`;
};
var ar_glance_map_title = () => {
	return `خريطة العالم للأعضاء حسب البلد`;
};
/**
* | output |
* | --- |
* | "World map of members by country" |
*
* @param {Glance_Map_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_map_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_map_title(inputs);
	if (locale === "ar") return ar_glance_map_title(inputs);
	return en_glance_map_title(inputs);
});
// src/lib/paraglide/messages/glance_map_desc.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ countries: NonNullable<unknown>, members: NonNullable<unknown> }} Glance_Map_DescInputs */
var en_glance_map_desc = (i) => {
	return `Members in ${i?.countries} countries, ${i?.members} in all; darker countries have more members. The same figures are in the table.`;
};
var es_glance_map_desc = (i) => {
	return `Miembros en ${i?.countries} países, ${i?.members} en total; los países más oscuros tienen más miembros. Las mismas cifras están en la tabla.`;
};
var ar_glance_map_desc = (i) => {
	return `أعضاء في ${i?.countries} بلدًا، والمجموع ${i?.members}؛ البلدان الأغمق لديها أعضاء أكثر. الأرقام نفسها موجودة في الجدول.`;
};
/**
* | output |
* | --- |
* | "Members in {countries} countries, {members} in all; darker countries have more members. The same figures are in the table." |
*
* @param {Glance_Map_DescInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_map_desc = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_map_desc(inputs);
	if (locale === "ar") return ar_glance_map_desc(inputs);
	return en_glance_map_desc(inputs);
});
// src/lib/paraglide/messages/glance_map_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ max: NonNullable<unknown> }} Glance_Map_LegendInputs */
var en_glance_map_legend = (i) => {
	return `From none (lightest) to ${i?.max} members (darkest).`;
};
var es_glance_map_legend = (i) => {
	return `De ninguno (más claro) a ${i?.max} miembros (más oscuro).`;
};
var ar_glance_map_legend = (i) => {
	return `من لا أحد (الأفتح) إلى ${i?.max} عضوًا (الأغمق).`;
};
/**
* | output |
* | --- |
* | "From none (lightest) to {max} members (darkest)." |
*
* @param {Glance_Map_LegendInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_map_legend = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_map_legend(inputs);
	if (locale === "ar") return ar_glance_map_legend(inputs);
	return en_glance_map_legend(inputs);
});
// src/lib/paraglide/messages/glance_map_privacy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Map_PrivacyInputs */
var en_glance_map_privacy = () => {
	return `Only members who agreed to be counted on the map are shown.`;
};
var es_glance_map_privacy = () => {
	return `Solo se muestran los miembros que aceptaron aparecer en el mapa.`;
};
var ar_glance_map_privacy = () => {
	return `لا يظهر إلا الأعضاء الذين وافقوا على احتسابهم في الخريطة.`;
};
/**
* | output |
* | --- |
* | "Only members who agreed to be counted on the map are shown." |
*
* @param {Glance_Map_PrivacyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_map_privacy = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_map_privacy(inputs);
	if (locale === "ar") return ar_glance_map_privacy(inputs);
	return en_glance_map_privacy(inputs);
});
// src/lib/paraglide/messages/glance_table_caption.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Table_CaptionInputs */
var en_glance_table_caption = () => {
	return `Members by country`;
};
var es_glance_table_caption = () => {
	return `Miembros por país`;
};
var ar_glance_table_caption = () => {
	return `الأعضاء حسب البلد`;
};
/**
* | output |
* | --- |
* | "Members by country" |
*
* @param {Glance_Table_CaptionInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_table_caption = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_table_caption(inputs);
	if (locale === "ar") return ar_glance_table_caption(inputs);
	return en_glance_table_caption(inputs);
});
// src/lib/paraglide/messages/glance_country.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_CountryInputs */
var en_glance_country = () => {
	return `Country`;
};
var es_glance_country = () => {
	return `País`;
};
var ar_glance_country = () => {
	return `البلد`;
};
/**
* | output |
* | --- |
* | "Country" |
*
* @param {Glance_CountryInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_country = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_country(inputs);
	if (locale === "ar") return ar_glance_country(inputs);
	return en_glance_country(inputs);
});
// src/lib/paraglide/messages/glance_growth.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_GrowthInputs */
var en_glance_growth = () => {
	return `Growth over time`;
};
var es_glance_growth = () => {
	return `Crecimiento a lo largo del tiempo`;
};
var ar_glance_growth = () => {
	return `النمو عبر الزمن`;
};
/**
* | output |
* | --- |
* | "Growth over time" |
*
* @param {Glance_GrowthInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_growth = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_growth(inputs);
	if (locale === "ar") return ar_glance_growth(inputs);
	return en_glance_growth(inputs);
});
// src/lib/paraglide/messages/glance_ready_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Ready_HeadingInputs */
var en_glance_ready_heading = () => {
	return `Ready for the founding convention?`;
};
var es_glance_ready_heading = () => {
	return `¿Listos para la convención fundacional?`;
};
var ar_glance_ready_heading = () => {
	return `هل نحن جاهزون للمؤتمر التأسيسي؟`;
};
/**
* | output |
* | --- |
* | "Ready for the founding convention?" |
*
* @param {Glance_Ready_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_ready_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_ready_heading(inputs);
	if (locale === "ar") return ar_glance_ready_heading(inputs);
	return en_glance_ready_heading(inputs);
});
// src/lib/paraglide/messages/glance_ready_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Ready_IntroInputs */
var en_glance_ready_intro = () => {
	return `The organisation holds its founding convention once these preconditions are met. Progress is live.`;
};
var es_glance_ready_intro = () => {
	return `La organización celebrará su convención fundacional cuando se cumplan estas condiciones. El progreso se actualiza en directo.`;
};
var ar_glance_ready_intro = () => {
	return `تعقد المنظمة مؤتمرها التأسيسي عند استيفاء هذه الشروط. التقدّم محدَّث مباشرة.`;
};
/**
* | output |
* | --- |
* | "The organisation holds its founding convention once these preconditions are met. Progress is live." |
*
* @param {Glance_Ready_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_ready_intro = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_ready_intro(inputs);
	if (locale === "ar") return ar_glance_ready_intro(inputs);
	return en_glance_ready_intro(inputs);
});
// src/lib/paraglide/messages/glance_ready_chapters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown>, share: NonNullable<unknown> }} Glance_Ready_ChaptersInputs */
var en_glance_ready_chapters = (i) => {
	return `At least ${i?.count} active chapters, each with at least ${i?.share} women`;
};
var es_glance_ready_chapters = (i) => {
	return `Al menos ${i?.count} capítulos activos, cada uno con al menos un ${i?.share} de mujeres`;
};
var ar_glance_ready_chapters = (i) => {
	return `${i?.count} فروع نشطة على الأقل، في كل منها نسبة نساء لا تقل عن ${i?.share}`;
};
/**
* | output |
* | --- |
* | "At least {count} active chapters, each with at least {share} women" |
*
* @param {Glance_Ready_ChaptersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_ready_chapters = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_ready_chapters(inputs);
	if (locale === "ar") return ar_glance_ready_chapters(inputs);
	return en_glance_ready_chapters(inputs);
});
// src/lib/paraglide/messages/glance_ready_countries.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Glance_Ready_CountriesInputs */
var en_glance_ready_countries = (i) => {
	return `Those chapters in at least ${i?.count} countries`;
};
var es_glance_ready_countries = (i) => {
	return `Esos capítulos en al menos ${i?.count} países`;
};
var ar_glance_ready_countries = (i) => {
	return `تلك الفروع في ${i?.count} بلدان على الأقل`;
};
/**
* | output |
* | --- |
* | "Those chapters in at least {count} countries" |
*
* @param {Glance_Ready_CountriesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_ready_countries = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_ready_countries(inputs);
	if (locale === "ar") return ar_glance_ready_countries(inputs);
	return en_glance_ready_countries(inputs);
});
// src/lib/paraglide/messages/glance_ready_continents.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Glance_Ready_ContinentsInputs */
var en_glance_ready_continents = (i) => {
	return `On at least ${i?.count} continents`;
};
var es_glance_ready_continents = (i) => {
	return `En al menos ${i?.count} continentes`;
};
var ar_glance_ready_continents = (i) => {
	return `في ${i?.count} قارات على الأقل`;
};
/**
* | output |
* | --- |
* | "On at least {count} continents" |
*
* @param {Glance_Ready_ContinentsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_ready_continents = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_ready_continents(inputs);
	if (locale === "ar") return ar_glance_ready_continents(inputs);
	return en_glance_ready_continents(inputs);
});
// src/lib/paraglide/messages/glance_ready_met.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Ready_MetInputs */
var en_glance_ready_met = () => {
	return `Met`;
};
var es_glance_ready_met = () => {
	return `Cumplido`;
};
var ar_glance_ready_met = () => {
	return `مستوفى`;
};
/**
* | output |
* | --- |
* | "Met" |
*
* @param {Glance_Ready_MetInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_ready_met = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_ready_met(inputs);
	if (locale === "ar") return ar_glance_ready_met(inputs);
	return en_glance_ready_met(inputs);
});
// src/lib/paraglide/messages/glance_ready_not_met.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Ready_Not_MetInputs */
var en_glance_ready_not_met = () => {
	return `Not yet`;
};
var es_glance_ready_not_met = () => {
	return `Aún no`;
};
var ar_glance_ready_not_met = () => {
	return `ليس بعد`;
};
/**
* | output |
* | --- |
* | "Not yet" |
*
* @param {Glance_Ready_Not_MetInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_ready_not_met = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_ready_not_met(inputs);
	if (locale === "ar") return ar_glance_ready_not_met(inputs);
	return en_glance_ready_not_met(inputs);
});
// src/lib/paraglide/messages/glance_ready_progress.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ have: NonNullable<unknown>, need: NonNullable<unknown> }} Glance_Ready_ProgressInputs */
var en_glance_ready_progress = (i) => {
	return `${i?.have} of ${i?.need}`;
};
var es_glance_ready_progress = (i) => {
	return `${i?.have} de ${i?.need}`;
};
var ar_glance_ready_progress = (i) => {
	return `${i?.have} من ${i?.need}`;
};
/**
* | output |
* | --- |
* | "{have} of {need}" |
*
* @param {Glance_Ready_ProgressInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_ready_progress = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_ready_progress(inputs);
	if (locale === "ar") return ar_glance_ready_progress(inputs);
	return en_glance_ready_progress(inputs);
});
// src/lib/paraglide/messages/glance_ready_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Ready_AllInputs */
var en_glance_ready_all = () => {
	return `Every precondition is met: the convention can be called.`;
};
var es_glance_ready_all = () => {
	return `Se cumplen todas las condiciones: se puede convocar la convención.`;
};
var ar_glance_ready_all = () => {
	return `جميع الشروط مستوفاة: يمكن الدعوة إلى المؤتمر.`;
};
/**
* | output |
* | --- |
* | "Every precondition is met: the convention can be called." |
*
* @param {Glance_Ready_AllInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_ready_all = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_ready_all(inputs);
	if (locale === "ar") return ar_glance_ready_all(inputs);
	return en_glance_ready_all(inputs);
});
// src/lib/paraglide/messages/glance_ready_not_yet.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Ready_Not_YetInputs */
var en_glance_ready_not_yet = () => {
	return `Not every precondition is met yet.`;
};
var es_glance_ready_not_yet = () => {
	return `Todavía no se cumplen todas las condiciones.`;
};
var ar_glance_ready_not_yet = () => {
	return `لم تُستوفَ جميع الشروط بعد.`;
};
/**
* | output |
* | --- |
* | "Not every precondition is met yet." |
*
* @param {Glance_Ready_Not_YetInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_ready_not_yet = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_ready_not_yet(inputs);
	if (locale === "ar") return ar_glance_ready_not_yet(inputs);
	return en_glance_ready_not_yet(inputs);
});
// src/lib/paraglide/messages/glance_demographics.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_DemographicsInputs */
var en_glance_demographics = () => {
	return `Who we are`;
};
var es_glance_demographics = () => {
	return `Quiénes somos`;
};
var ar_glance_demographics = () => {
	return `من نحن`;
};
/**
* | output |
* | --- |
* | "Who we are" |
*
* @param {Glance_DemographicsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_demographics = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_demographics(inputs);
	if (locale === "ar") return ar_glance_demographics(inputs);
	return en_glance_demographics(inputs);
});
// src/lib/paraglide/messages/glance_demographics_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ min: NonNullable<unknown> }} Glance_Demographics_NoteInputs */
var en_glance_demographics_note = (i) => {
	return `Self-declared and optional. Shown only in aggregate, and only for groups of at least ${i?.min} people.`;
};
var es_glance_demographics_note = (i) => {
	return `Declarado voluntariamente. Solo se muestra en conjunto y solo para grupos de al menos ${i?.min} personas.`;
};
var ar_glance_demographics_note = (i) => {
	return `بيانات اختيارية يصرّح بها الأعضاء. تُعرض مجمّعة فقط، وللمجموعات التي تضم ${i?.min} أشخاص على الأقل.`;
};
/**
* | output |
* | --- |
* | "Self-declared and optional. Shown only in aggregate, and only for groups of at least {min} people." |
*
* @param {Glance_Demographics_NoteInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_demographics_note = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_demographics_note(inputs);
	if (locale === "ar") return ar_glance_demographics_note(inputs);
	return en_glance_demographics_note(inputs);
});
// src/lib/paraglide/messages/glance_too_few.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Too_FewInputs */
var en_glance_too_few = () => {
	return `Too few answers to show.`;
};
var es_glance_too_few = () => {
	return `Muy pocas respuestas para mostrarlas.`;
};
var ar_glance_too_few = () => {
	return `الإجابات أقل من أن تُعرض.`;
};
/**
* | output |
* | --- |
* | "Too few answers to show." |
*
* @param {Glance_Too_FewInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_too_few = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_too_few(inputs);
	if (locale === "ar") return ar_glance_too_few(inputs);
	return en_glance_too_few(inputs);
});
// src/lib/paraglide/messages/glance_some_hidden.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Glance_Some_HiddenInputs */
var en_glance_some_hidden = () => {
	return `Groups with fewer than 10 people are not shown.`;
};
var es_glance_some_hidden = () => {
	return `No se muestran los grupos de menos de 10 personas.`;
};
var ar_glance_some_hidden = () => {
	return `لا تُعرض المجموعات التي تضم أقل من 10 أشخاص.`;
};
/**
* | output |
* | --- |
* | "Groups with fewer than 10 people are not shown." |
*
* @param {Glance_Some_HiddenInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var glance_some_hidden = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_glance_some_hidden(inputs);
	if (locale === "ar") return ar_glance_some_hidden(inputs);
	return en_glance_some_hidden(inputs);
});
export { glance_active_chapters as C, glance_members as D, glance_active_members as E, glance_intro as O, glance_map_heading as S, glance_countries as T, glance_table_caption as _, glance_ready_not_yet as a, glance_map_desc as b, glance_ready_not_met as c, glance_ready_countries as d, glance_ready_chapters as f, glance_country as g, glance_growth as h, glance_demographics as i, glance_title as k, glance_ready_met as l, glance_ready_heading as m, glance_too_few as n, glance_ready_all as o, glance_ready_intro as p, glance_demographics_note as r, glance_ready_progress as s, glance_some_hidden as t, glance_ready_continents as u, glance_map_privacy as v, glance_continents as w, glance_map_title as x, glance_map_legend as y };
