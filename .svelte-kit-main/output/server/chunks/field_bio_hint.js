import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/field_display_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Display_NameInputs */
var en_field_display_name = () => {
	return `Name`;
};
var es_field_display_name = () => {
	return `Nombre`;
};
var ar_field_display_name = () => {
	return `الاسم`;
};
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Field_Display_NameInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_display_name = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_display_name(inputs);
	if (locale === "ar") return ar_field_display_name(inputs);
	return en_field_display_name(inputs);
});
// src/lib/paraglide/messages/field_country.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_CountryInputs */
var en_field_country = () => {
	return `Country`;
};
var es_field_country = () => {
	return `País`;
};
var ar_field_country = () => {
	return `البلد`;
};
/**
* | output |
* | --- |
* | "Country" |
*
* @param {Field_CountryInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_country = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_country(inputs);
	if (locale === "ar") return ar_field_country(inputs);
	return en_field_country(inputs);
});
// src/lib/paraglide/messages/field_country_placeholder.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Country_PlaceholderInputs */
var en_field_country_placeholder = () => {
	return `Choose your country`;
};
var es_field_country_placeholder = () => {
	return `Elige tu país`;
};
var ar_field_country_placeholder = () => {
	return `اختر بلدك`;
};
/**
* | output |
* | --- |
* | "Choose your country" |
*
* @param {Field_Country_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_country_placeholder = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_country_placeholder(inputs);
	if (locale === "ar") return ar_field_country_placeholder(inputs);
	return en_field_country_placeholder(inputs);
});
// src/lib/paraglide/messages/field_city.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_CityInputs */
var en_field_city = () => {
	return `City or town`;
};
var es_field_city = () => {
	return `Ciudad o localidad`;
};
var ar_field_city = () => {
	return `المدينة أو البلدة`;
};
/**
* | output |
* | --- |
* | "City or town" |
*
* @param {Field_CityInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_city = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_city(inputs);
	if (locale === "ar") return ar_field_city(inputs);
	return en_field_city(inputs);
});
// src/lib/paraglide/messages/field_optional.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_OptionalInputs */
var en_field_optional = () => {
	return `Optional.`;
};
var es_field_optional = () => {
	return `Opcional.`;
};
var ar_field_optional = () => {
	return `اختياري.`;
};
/**
* | output |
* | --- |
* | "Optional." |
*
* @param {Field_OptionalInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_optional = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_optional(inputs);
	if (locale === "ar") return ar_field_optional(inputs);
	return en_field_optional(inputs);
});
// src/lib/paraglide/messages/field_languages.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_LanguagesInputs */
var en_field_languages = () => {
	return `Languages you speak`;
};
var es_field_languages = () => {
	return `Idiomas que hablas`;
};
var ar_field_languages = () => {
	return `اللغات التي تتحدثها`;
};
/**
* | output |
* | --- |
* | "Languages you speak" |
*
* @param {Field_LanguagesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_languages = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_languages(inputs);
	if (locale === "ar") return ar_field_languages(inputs);
	return en_field_languages(inputs);
});
// src/lib/paraglide/messages/field_languages_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Languages_HintInputs */
var en_field_languages_hint = () => {
	return `Hold Ctrl (or Cmd) to choose several.`;
};
var es_field_languages_hint = () => {
	return `Mantén pulsada la tecla Ctrl (o Cmd) para elegir varios.`;
};
var ar_field_languages_hint = () => {
	return `اضغط مع الاستمرار على Ctrl (أو Cmd) لاختيار أكثر من لغة.`;
};
/**
* | output |
* | --- |
* | "Hold Ctrl (or Cmd) to choose several." |
*
* @param {Field_Languages_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_languages_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_languages_hint(inputs);
	if (locale === "ar") return ar_field_languages_hint(inputs);
	return en_field_languages_hint(inputs);
});
// src/lib/paraglide/messages/field_bio.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_BioInputs */
var en_field_bio = () => {
	return `A few words about you`;
};
var es_field_bio = () => {
	return `Unas palabras sobre ti`;
};
var ar_field_bio = () => {
	return `كلمات قليلة عنك`;
};
/**
* | output |
* | --- |
* | "A few words about you" |
*
* @param {Field_BioInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_bio = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_bio(inputs);
	if (locale === "ar") return ar_field_bio(inputs);
	return en_field_bio(inputs);
});
// src/lib/paraglide/messages/field_bio_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Bio_HintInputs */
var en_field_bio_hint = () => {
	return `Optional, up to 500 characters. What brings you here, what you would like to do.`;
};
var es_field_bio_hint = () => {
	return `Opcional, hasta 500 caracteres. Qué te trae por aquí, qué te gustaría hacer.`;
};
var ar_field_bio_hint = () => {
	return `اختياري، حتى 500 حرف. ما الذي أتى بك إلى هنا، وما الذي تودّ فعله.`;
};
/**
* | output |
* | --- |
* | "Optional, up to 500 characters. What brings you here, what you would like to do." |
*
* @param {Field_Bio_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_bio_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_bio_hint(inputs);
	if (locale === "ar") return ar_field_bio_hint(inputs);
	return en_field_bio_hint(inputs);
});
export { field_optional as a, field_country as c, field_languages as i, field_display_name as l, field_bio as n, field_city as o, field_languages_hint as r, field_country_placeholder as s, field_bio_hint as t };
