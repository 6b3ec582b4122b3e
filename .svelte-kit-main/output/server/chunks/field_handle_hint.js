import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/join_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Join_TitleInputs */
var en_join_title = () => {
	return `Become a member`;
};
var es_join_title = () => {
	return `Hazte miembro`;
};
var ar_join_title = () => {
	return `الانضمام عضوًا`;
};
/**
* | output |
* | --- |
* | "Become a member" |
*
* @param {Join_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var join_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_join_title(inputs);
	if (locale === "ar") return ar_join_title(inputs);
	return en_join_title(inputs);
});
// src/lib/paraglide/messages/join_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Join_IntroInputs */
var en_join_intro = (i) => {
	return `Joining ${i?.name} takes two minutes. We will send you an e-mail to confirm your address.`;
};
var es_join_intro = (i) => {
	return `Unirte a ${i?.name} lleva dos minutos. Te enviaremos un correo para confirmar tu dirección.`;
};
var ar_join_intro = (i) => {
	return `الانضمام إلى ${i?.name} يستغرق دقيقتين. سنرسل إليك رسالة بريد إلكتروني لتأكيد عنوانك.`;
};
/**
* | output |
* | --- |
* | "Joining {name} takes two minutes. We will send you an e-mail to confirm your address." |
*
* @param {Join_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var join_intro = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_join_intro(inputs);
	if (locale === "ar") return ar_join_intro(inputs);
	return en_join_intro(inputs);
});
// src/lib/paraglide/messages/join_account_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Join_Account_LegendInputs */
var en_join_account_legend = () => {
	return `Your account`;
};
var es_join_account_legend = () => {
	return `Tu cuenta`;
};
var ar_join_account_legend = () => {
	return `حسابك`;
};
/**
* | output |
* | --- |
* | "Your account" |
*
* @param {Join_Account_LegendInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var join_account_legend = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_join_account_legend(inputs);
	if (locale === "ar") return ar_join_account_legend(inputs);
	return en_join_account_legend(inputs);
});
// src/lib/paraglide/messages/join_profile_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Join_Profile_LegendInputs */
var en_join_profile_legend = () => {
	return `About you`;
};
var es_join_profile_legend = () => {
	return `Sobre ti`;
};
var ar_join_profile_legend = () => {
	return `نبذة عنك`;
};
/**
* | output |
* | --- |
* | "About you" |
*
* @param {Join_Profile_LegendInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var join_profile_legend = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_join_profile_legend(inputs);
	if (locale === "ar") return ar_join_profile_legend(inputs);
	return en_join_profile_legend(inputs);
});
// src/lib/paraglide/messages/join_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Join_SubmitInputs */
var en_join_submit = () => {
	return `Create my account`;
};
var es_join_submit = () => {
	return `Crear mi cuenta`;
};
var ar_join_submit = () => {
	return `إنشاء حسابي`;
};
/**
* | output |
* | --- |
* | "Create my account" |
*
* @param {Join_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var join_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_join_submit(inputs);
	if (locale === "ar") return ar_join_submit(inputs);
	return en_join_submit(inputs);
});
// src/lib/paraglide/messages/join_have_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Join_Have_AccountInputs */
var en_join_have_account = () => {
	return `I already have an account`;
};
var es_join_have_account = () => {
	return `Ya tengo una cuenta`;
};
var ar_join_have_account = () => {
	return `لديّ حساب بالفعل`;
};
/**
* | output |
* | --- |
* | "I already have an account" |
*
* @param {Join_Have_AccountInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var join_have_account = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_join_have_account(inputs);
	if (locale === "ar") return ar_join_have_account(inputs);
	return en_join_have_account(inputs);
});
// src/lib/paraglide/messages/field_handle.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_HandleInputs */
var en_field_handle = () => {
	return `User name`;
};
var es_field_handle = () => {
	return `Nombre de usuario`;
};
var ar_field_handle = () => {
	return `اسم المستخدم`;
};
/**
* | output |
* | --- |
* | "User name" |
*
* @param {Field_HandleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_handle = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_handle(inputs);
	if (locale === "ar") return ar_field_handle(inputs);
	return en_field_handle(inputs);
});
// src/lib/paraglide/messages/field_handle_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Handle_HintInputs */
var en_field_handle_hint = () => {
	return `3 to 30 letters, digits or underscores, starting with a letter. Your profile will be at /@your_name.`;
};
var es_field_handle_hint = () => {
	return `De 3 a 30 letras, cifras o guiones bajos, empezando por una letra. Tu perfil estará en /@tu_nombre.`;
};
var ar_field_handle_hint = () => {
	return `من 3 إلى 30 حرفًا أو رقمًا أو شرطة سفلية، ويبدأ بحرف. سيكون ملفك الشخصي على العنوان ‎/@your_name‎.`;
};
/**
* | output |
* | --- |
* | "3 to 30 letters, digits or underscores, starting with a letter. Your profile will be at /@your_name." |
*
* @param {Field_Handle_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_handle_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_handle_hint(inputs);
	if (locale === "ar") return ar_field_handle_hint(inputs);
	return en_field_handle_hint(inputs);
});
export { join_profile_legend as a, join_title as c, join_submit as i, field_handle as n, join_account_legend as o, join_have_account as r, join_intro as s, field_handle_hint as t };
