import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/onboarding_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_TitleInputs */
var en_onboarding_title = () => {
	return `First steps`;
};
var es_onboarding_title = () => {
	return `Primeros pasos`;
};
var ar_onboarding_title = () => {
	return `الخطوات الأولى`;
};
/**
* | output |
* | --- |
* | "First steps" |
*
* @param {Onboarding_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_title(inputs);
	if (locale === "ar") return ar_onboarding_title(inputs);
	return en_onboarding_title(inputs);
});
// src/lib/paraglide/messages/onboarding_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Onboarding_IntroInputs */
var en_onboarding_intro = (i) => {
	return `Welcome to ${i?.name}. Here is how to find your people and start taking part.`;
};
var es_onboarding_intro = (i) => {
	return `Te damos la bienvenida a ${i?.name}. Así encontrarás a tu gente y empezarás a participar.`;
};
var ar_onboarding_intro = (i) => {
	return `أهلًا بك في ${i?.name}. إليك كيف تجد رفاقك وتبدأ المشاركة.`;
};
/**
* | output |
* | --- |
* | "Welcome to {name}. Here is how to find your people and start taking part." |
*
* @param {Onboarding_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_intro = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_intro(inputs);
	if (locale === "ar") return ar_onboarding_intro(inputs);
	return en_onboarding_intro(inputs);
});
// src/lib/paraglide/messages/onboarding_lapsed_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Lapsed_TitleInputs */
var en_onboarding_lapsed_title = () => {
	return `Welcome back`;
};
var es_onboarding_lapsed_title = () => {
	return `Bienvenido/a de nuevo`;
};
var ar_onboarding_lapsed_title = () => {
	return `مرحبًا بعودتك`;
};
/**
* | output |
* | --- |
* | "Welcome back" |
*
* @param {Onboarding_Lapsed_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_lapsed_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_lapsed_title(inputs);
	if (locale === "ar") return ar_onboarding_lapsed_title(inputs);
	return en_onboarding_lapsed_title(inputs);
});
// src/lib/paraglide/messages/onboarding_lapsed_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Lapsed_TextInputs */
var en_onboarding_lapsed_text = () => {
	return `Your membership lapsed while you were away. Confirm that you are active again to be counted in votes and quorums.`;
};
var es_onboarding_lapsed_text = () => {
	return `Tu membresía quedó inactiva mientras no estabas. Confirma que vuelves a estar activo/a para contar en votaciones y quórums.`;
};
var ar_onboarding_lapsed_text = () => {
	return `انقطعت عضويتك أثناء غيابك. أكّد أنك نشط من جديد لتُحتسب في التصويت والنصاب.`;
};
/**
* | output |
* | --- |
* | "Your membership lapsed while you were away. Confirm that you are active again to be counted in votes and quorums." |
*
* @param {Onboarding_Lapsed_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_lapsed_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_lapsed_text(inputs);
	if (locale === "ar") return ar_onboarding_lapsed_text(inputs);
	return en_onboarding_lapsed_text(inputs);
});
// src/lib/paraglide/messages/onboarding_reactivate.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_ReactivateInputs */
var en_onboarding_reactivate = () => {
	return `I am back: count me in`;
};
var es_onboarding_reactivate = () => {
	return `He vuelto: contad conmigo`;
};
var ar_onboarding_reactivate = () => {
	return `لقد عدت: احسبوني`;
};
/**
* | output |
* | --- |
* | "I am back: count me in" |
*
* @param {Onboarding_ReactivateInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_reactivate = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_reactivate(inputs);
	if (locale === "ar") return ar_onboarding_reactivate(inputs);
	return en_onboarding_reactivate(inputs);
});
// src/lib/paraglide/messages/onboarding_reactivated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_ReactivatedInputs */
var en_onboarding_reactivated = () => {
	return `Welcome back: you are an active member again.`;
};
var es_onboarding_reactivated = () => {
	return `Bienvenido/a de nuevo: vuelves a ser miembro activo.`;
};
var ar_onboarding_reactivated = () => {
	return `مرحبًا بعودتك: أنت عضو نشط من جديد.`;
};
/**
* | output |
* | --- |
* | "Welcome back: you are an active member again." |
*
* @param {Onboarding_ReactivatedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_reactivated = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_reactivated(inputs);
	if (locale === "ar") return ar_onboarding_reactivated(inputs);
	return en_onboarding_reactivated(inputs);
});
// src/lib/paraglide/messages/onboarding_chapter_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Chapter_TitleInputs */
var en_onboarding_chapter_title = () => {
	return `Your chapter`;
};
var es_onboarding_chapter_title = () => {
	return `Tu capítulo`;
};
var ar_onboarding_chapter_title = () => {
	return `فرعك`;
};
/**
* | output |
* | --- |
* | "Your chapter" |
*
* @param {Onboarding_Chapter_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_chapter_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_chapter_title(inputs);
	if (locale === "ar") return ar_onboarding_chapter_title(inputs);
	return en_onboarding_chapter_title(inputs);
});
// src/lib/paraglide/messages/onboarding_chapter_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Chapter_TextInputs */
var en_onboarding_chapter_text = () => {
	return `You have been placed in the chapter of your city:`;
};
var es_onboarding_chapter_text = () => {
	return `Te hemos incluido en el capítulo de tu ciudad:`;
};
var ar_onboarding_chapter_text = () => {
	return `انضممت إلى فرع مدينتك:`;
};
/**
* | output |
* | --- |
* | "You have been placed in the chapter of your city:" |
*
* @param {Onboarding_Chapter_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_chapter_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_chapter_text(inputs);
	if (locale === "ar") return ar_onboarding_chapter_text(inputs);
	return en_onboarding_chapter_text(inputs);
});
// src/lib/paraglide/messages/onboarding_no_chapter.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_No_ChapterInputs */
var en_onboarding_no_chapter = () => {
	return `You are not in a chapter yet. Choose one from the list.`;
};
var es_onboarding_no_chapter = () => {
	return `Aún no estás en ningún capítulo. Elige uno de la lista.`;
};
var ar_onboarding_no_chapter = () => {
	return `لست في أي فرع بعد. اختر واحدًا من القائمة.`;
};
/**
* | output |
* | --- |
* | "You are not in a chapter yet. Choose one from the list." |
*
* @param {Onboarding_No_ChapterInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_no_chapter = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_no_chapter(inputs);
	if (locale === "ar") return ar_onboarding_no_chapter(inputs);
	return en_onboarding_no_chapter(inputs);
});
// src/lib/paraglide/messages/onboarding_other_chapters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Other_ChaptersInputs */
var en_onboarding_other_chapters = () => {
	return `You are also in:`;
};
var es_onboarding_other_chapters = () => {
	return `También estás en:`;
};
var ar_onboarding_other_chapters = () => {
	return `أنت أيضًا في:`;
};
/**
* | output |
* | --- |
* | "You are also in:" |
*
* @param {Onboarding_Other_ChaptersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_other_chapters = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_other_chapters(inputs);
	if (locale === "ar") return ar_onboarding_other_chapters(inputs);
	return en_onboarding_other_chapters(inputs);
});
// src/lib/paraglide/messages/onboarding_all_chapters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_All_ChaptersInputs */
var en_onboarding_all_chapters = () => {
	return `See every chapter, move or join another`;
};
var es_onboarding_all_chapters = () => {
	return `Ver todos los capítulos, cambiarte o unirte a otro`;
};
var ar_onboarding_all_chapters = () => {
	return `اطّلع على جميع الفروع، أو انتقل، أو انضم إلى فرع آخر`;
};
/**
* | output |
* | --- |
* | "See every chapter, move or join another" |
*
* @param {Onboarding_All_ChaptersInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_all_chapters = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_all_chapters(inputs);
	if (locale === "ar") return ar_onboarding_all_chapters(inputs);
	return en_onboarding_all_chapters(inputs);
});
// src/lib/paraglide/messages/onboarding_near_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Near_TitleInputs */
var en_onboarding_near_title = () => {
	return `Members near you`;
};
var es_onboarding_near_title = () => {
	return `Miembros cerca de ti`;
};
var ar_onboarding_near_title = () => {
	return `أعضاء بالقرب منك`;
};
/**
* | output |
* | --- |
* | "Members near you" |
*
* @param {Onboarding_Near_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_near_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_near_title(inputs);
	if (locale === "ar") return ar_onboarding_near_title(inputs);
	return en_onboarding_near_title(inputs);
});
// src/lib/paraglide/messages/onboarding_near_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Near_NoneInputs */
var en_onboarding_near_none = () => {
	return `Nobody near you is listed yet: you may be the first.`;
};
var es_onboarding_near_none = () => {
	return `Todavía no hay nadie cerca de ti en el directorio: quizá seas el primero.`;
};
var ar_onboarding_near_none = () => {
	return `لا أحد بالقرب منك مُدرج بعد: ربما تكون الأول.`;
};
/**
* | output |
* | --- |
* | "Nobody near you is listed yet: you may be the first." |
*
* @param {Onboarding_Near_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_near_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_near_none(inputs);
	if (locale === "ar") return ar_onboarding_near_none(inputs);
	return en_onboarding_near_none(inputs);
});
// src/lib/paraglide/messages/onboarding_directory.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_DirectoryInputs */
var en_onboarding_directory = () => {
	return `Search the member directory`;
};
var es_onboarding_directory = () => {
	return `Buscar en el directorio de miembros`;
};
var ar_onboarding_directory = () => {
	return `ابحث في دليل الأعضاء`;
};
/**
* | output |
* | --- |
* | "Search the member directory" |
*
* @param {Onboarding_DirectoryInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_directory = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_directory(inputs);
	if (locale === "ar") return ar_onboarding_directory(inputs);
	return en_onboarding_directory(inputs);
});
// src/lib/paraglide/messages/onboarding_intro_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Intro_TitleInputs */
var en_onboarding_intro_title = () => {
	return `Introduce yourself`;
};
var es_onboarding_intro_title = () => {
	return `Preséntate`;
};
var ar_onboarding_intro_title = () => {
	return `عرّف بنفسك`;
};
/**
* | output |
* | --- |
* | "Introduce yourself" |
*
* @param {Onboarding_Intro_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_intro_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_intro_title(inputs);
	if (locale === "ar") return ar_onboarding_intro_title(inputs);
	return en_onboarding_intro_title(inputs);
});
// src/lib/paraglide/messages/onboarding_intro_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Intro_TextInputs */
var en_onboarding_intro_text = () => {
	return `Say a few words about yourself and what you care about in your profile: others find you by your interests.`;
};
var es_onboarding_intro_text = () => {
	return `Escribe unas palabras sobre ti y lo que te importa en tu perfil: los demás te encuentran por tus intereses.`;
};
var ar_onboarding_intro_text = () => {
	return `اكتب بضع كلمات عن نفسك وعمّا يهمّك في ملفك الشخصي: يجدك الآخرون من خلال اهتماماتك.`;
};
/**
* | output |
* | --- |
* | "Say a few words about yourself and what you care about in your profile: others find you by your interests." |
*
* @param {Onboarding_Intro_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_intro_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_intro_text(inputs);
	if (locale === "ar") return ar_onboarding_intro_text(inputs);
	return en_onboarding_intro_text(inputs);
});
// src/lib/paraglide/messages/onboarding_edit_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Edit_ProfileInputs */
var en_onboarding_edit_profile = () => {
	return `Edit your profile`;
};
var es_onboarding_edit_profile = () => {
	return `Editar tu perfil`;
};
var ar_onboarding_edit_profile = () => {
	return `عدّل ملفك الشخصي`;
};
/**
* | output |
* | --- |
* | "Edit your profile" |
*
* @param {Onboarding_Edit_ProfileInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_edit_profile = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_edit_profile(inputs);
	if (locale === "ar") return ar_onboarding_edit_profile(inputs);
	return en_onboarding_edit_profile(inputs);
});
// src/lib/paraglide/messages/onboarding_see_profile.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_See_ProfileInputs */
var en_onboarding_see_profile = () => {
	return `See your profile`;
};
var es_onboarding_see_profile = () => {
	return `Ver tu perfil`;
};
var ar_onboarding_see_profile = () => {
	return `اعرض ملفك الشخصي`;
};
/**
* | output |
* | --- |
* | "See your profile" |
*
* @param {Onboarding_See_ProfileInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_see_profile = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_see_profile(inputs);
	if (locale === "ar") return ar_onboarding_see_profile(inputs);
	return en_onboarding_see_profile(inputs);
});
// src/lib/paraglide/messages/onboarding_privacy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_PrivacyInputs */
var en_onboarding_privacy = () => {
	return `Choose who sees you`;
};
var es_onboarding_privacy = () => {
	return `Elegir quién te ve`;
};
var ar_onboarding_privacy = () => {
	return `اختر من يراك`;
};
/**
* | output |
* | --- |
* | "Choose who sees you" |
*
* @param {Onboarding_PrivacyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_privacy = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_privacy(inputs);
	if (locale === "ar") return ar_onboarding_privacy(inputs);
	return en_onboarding_privacy(inputs);
});
// src/lib/paraglide/messages/onboarding_projects_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Projects_TitleInputs */
var en_onboarding_projects_title = () => {
	return `Projects that need help`;
};
var es_onboarding_projects_title = () => {
	return `Proyectos que necesitan ayuda`;
};
var ar_onboarding_projects_title = () => {
	return `مشاريع تحتاج إلى مساعدة`;
};
/**
* | output |
* | --- |
* | "Projects that need help" |
*
* @param {Onboarding_Projects_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_projects_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_projects_title(inputs);
	if (locale === "ar") return ar_onboarding_projects_title(inputs);
	return en_onboarding_projects_title(inputs);
});
// src/lib/paraglide/messages/onboarding_projects_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Projects_EmptyInputs */
var en_onboarding_projects_empty = () => {
	return `Projects will appear here once members start them.`;
};
var es_onboarding_projects_empty = () => {
	return `Los proyectos aparecerán aquí cuando los miembros los pongan en marcha.`;
};
var ar_onboarding_projects_empty = () => {
	return `ستظهر المشاريع هنا حين يطلقها الأعضاء.`;
};
/**
* | output |
* | --- |
* | "Projects will appear here once members start them." |
*
* @param {Onboarding_Projects_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_projects_empty = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_projects_empty(inputs);
	if (locale === "ar") return ar_onboarding_projects_empty(inputs);
	return en_onboarding_projects_empty(inputs);
});
// src/lib/paraglide/messages/onboarding_decisions_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Decisions_TitleInputs */
var en_onboarding_decisions_title = () => {
	return `Open decisions`;
};
var es_onboarding_decisions_title = () => {
	return `Decisiones abiertas`;
};
var ar_onboarding_decisions_title = () => {
	return `قرارات مفتوحة`;
};
/**
* | output |
* | --- |
* | "Open decisions" |
*
* @param {Onboarding_Decisions_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_decisions_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_decisions_title(inputs);
	if (locale === "ar") return ar_onboarding_decisions_title(inputs);
	return en_onboarding_decisions_title(inputs);
});
// src/lib/paraglide/messages/onboarding_decisions_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Onboarding_Decisions_EmptyInputs */
var en_onboarding_decisions_empty = () => {
	return `Decisions open for your say will appear here.`;
};
var es_onboarding_decisions_empty = () => {
	return `Aquí aparecerán las decisiones en las que puedes opinar.`;
};
var ar_onboarding_decisions_empty = () => {
	return `ستظهر هنا القرارات المفتوحة لرأيك.`;
};
/**
* | output |
* | --- |
* | "Decisions open for your say will appear here." |
*
* @param {Onboarding_Decisions_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var onboarding_decisions_empty = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_onboarding_decisions_empty(inputs);
	if (locale === "ar") return ar_onboarding_decisions_empty(inputs);
	return en_onboarding_decisions_empty(inputs);
});
export { onboarding_title as C, onboarding_intro as S, onboarding_chapter_title as _, onboarding_privacy as a, onboarding_lapsed_text as b, onboarding_intro_text as c, onboarding_near_none as d, onboarding_near_title as f, onboarding_chapter_text as g, onboarding_no_chapter as h, onboarding_projects_title as i, onboarding_intro_title as l, onboarding_other_chapters as m, onboarding_decisions_title as n, onboarding_see_profile as o, onboarding_all_chapters as p, onboarding_projects_empty as r, onboarding_edit_profile as s, onboarding_decisions_empty as t, onboarding_directory as u, onboarding_reactivated as v, onboarding_lapsed_title as x, onboarding_reactivate as y };
