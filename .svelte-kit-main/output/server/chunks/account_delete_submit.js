import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/field_new_email.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_New_EmailInputs */
var en_field_new_email = () => {
	return `New e-mail address`;
};
var es_field_new_email = () => {
	return `Nuevo correo electrónico`;
};
var ar_field_new_email = () => {
	return `عنوان البريد الإلكتروني الجديد`;
};
/**
* | output |
* | --- |
* | "New e-mail address" |
*
* @param {Field_New_EmailInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_new_email = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_new_email(inputs);
	if (locale === "ar") return ar_field_new_email(inputs);
	return en_field_new_email(inputs);
});
// src/lib/paraglide/messages/field_current_password.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Field_Current_PasswordInputs */
var en_field_current_password = () => {
	return `Current password`;
};
var es_field_current_password = () => {
	return `Contraseña actual`;
};
var ar_field_current_password = () => {
	return `كلمة المرور الحالية`;
};
/**
* | output |
* | --- |
* | "Current password" |
*
* @param {Field_Current_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_current_password = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_current_password(inputs);
	if (locale === "ar") return ar_field_current_password(inputs);
	return en_field_current_password(inputs);
});
// src/lib/paraglide/messages/field_confirm_handle.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ handle: NonNullable<unknown> }} Field_Confirm_HandleInputs */
var en_field_confirm_handle = (i) => {
	return `Type your user name (${i?.handle}) to confirm`;
};
var es_field_confirm_handle = (i) => {
	return `Escribe tu nombre de usuario (${i?.handle}) para confirmar`;
};
var ar_field_confirm_handle = (i) => {
	return `اكتب اسم المستخدم الخاص بك (${i?.handle}) للتأكيد`;
};
/**
* | output |
* | --- |
* | "Type your user name ({handle}) to confirm" |
*
* @param {Field_Confirm_HandleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var field_confirm_handle = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_field_confirm_handle(inputs);
	if (locale === "ar") return ar_field_confirm_handle(inputs);
	return en_field_confirm_handle(inputs);
});
// src/lib/paraglide/messages/account_email_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Email_HeadingInputs */
var en_account_email_heading = () => {
	return `E-mail address`;
};
var es_account_email_heading = () => {
	return `Correo electrónico`;
};
var ar_account_email_heading = () => {
	return `عنوان البريد الإلكتروني`;
};
/**
* | output |
* | --- |
* | "E-mail address" |
*
* @param {Account_Email_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_email_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_email_heading(inputs);
	if (locale === "ar") return ar_account_email_heading(inputs);
	return en_account_email_heading(inputs);
});
// src/lib/paraglide/messages/account_email_current.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Email_CurrentInputs */
var en_account_email_current = () => {
	return `Your address now:`;
};
var es_account_email_current = () => {
	return `Tu dirección actual:`;
};
var ar_account_email_current = () => {
	return `عنوانك الحالي:`;
};
/**
* | output |
* | --- |
* | "Your address now:" |
*
* @param {Account_Email_CurrentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_email_current = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_email_current(inputs);
	if (locale === "ar") return ar_account_email_current(inputs);
	return en_account_email_current(inputs);
});
// src/lib/paraglide/messages/account_email_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Email_SubmitInputs */
var en_account_email_submit = () => {
	return `Change address`;
};
var es_account_email_submit = () => {
	return `Cambiar dirección`;
};
var ar_account_email_submit = () => {
	return `تغيير العنوان`;
};
/**
* | output |
* | --- |
* | "Change address" |
*
* @param {Account_Email_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_email_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_email_submit(inputs);
	if (locale === "ar") return ar_account_email_submit(inputs);
	return en_account_email_submit(inputs);
});
// src/lib/paraglide/messages/account_email_sent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Email_SentInputs */
var en_account_email_sent = () => {
	return `We sent a confirmation link to the new address. The change takes effect when you open it.`;
};
var es_account_email_sent = () => {
	return `Hemos enviado un enlace de confirmación a la nueva dirección. El cambio se hará efectivo cuando lo abras.`;
};
var ar_account_email_sent = () => {
	return `أرسلنا رابط تأكيد إلى العنوان الجديد. يسري التغيير عند فتحه.`;
};
/**
* | output |
* | --- |
* | "We sent a confirmation link to the new address. The change takes effect when you open it." |
*
* @param {Account_Email_SentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_email_sent = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_email_sent(inputs);
	if (locale === "ar") return ar_account_email_sent(inputs);
	return en_account_email_sent(inputs);
});
// src/lib/paraglide/messages/account_password_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Password_HeadingInputs */
var en_account_password_heading = () => {
	return `Password`;
};
var es_account_password_heading = () => {
	return `Contraseña`;
};
var ar_account_password_heading = () => {
	return `كلمة المرور`;
};
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Account_Password_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_password_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_password_heading(inputs);
	if (locale === "ar") return ar_account_password_heading(inputs);
	return en_account_password_heading(inputs);
});
// src/lib/paraglide/messages/account_password_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Password_SubmitInputs */
var en_account_password_submit = () => {
	return `Change password`;
};
var es_account_password_submit = () => {
	return `Cambiar contraseña`;
};
var ar_account_password_submit = () => {
	return `تغيير كلمة المرور`;
};
/**
* | output |
* | --- |
* | "Change password" |
*
* @param {Account_Password_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_password_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_password_submit(inputs);
	if (locale === "ar") return ar_account_password_submit(inputs);
	return en_account_password_submit(inputs);
});
// src/lib/paraglide/messages/account_password_changed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Password_ChangedInputs */
var en_account_password_changed = () => {
	return `Password changed. Your other devices have been logged out.`;
};
var es_account_password_changed = () => {
	return `Contraseña cambiada. Se ha cerrado la sesión en tus otros dispositivos.`;
};
var ar_account_password_changed = () => {
	return `تم تغيير كلمة المرور، وتم تسجيل خروجك من أجهزتك الأخرى.`;
};
/**
* | output |
* | --- |
* | "Password changed. Your other devices have been logged out." |
*
* @param {Account_Password_ChangedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_password_changed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_password_changed(inputs);
	if (locale === "ar") return ar_account_password_changed(inputs);
	return en_account_password_changed(inputs);
});
// src/lib/paraglide/messages/account_sessions_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Sessions_HeadingInputs */
var en_account_sessions_heading = () => {
	return `Where you are logged in`;
};
var es_account_sessions_heading = () => {
	return `Dónde tienes la sesión iniciada`;
};
var ar_account_sessions_heading = () => {
	return `الأماكن التي سجّلت الدخول منها`;
};
/**
* | output |
* | --- |
* | "Where you are logged in" |
*
* @param {Account_Sessions_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_sessions_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_sessions_heading(inputs);
	if (locale === "ar") return ar_account_sessions_heading(inputs);
	return en_account_sessions_heading(inputs);
});
// src/lib/paraglide/messages/account_sessions_device.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Sessions_DeviceInputs */
var en_account_sessions_device = () => {
	return `Browser`;
};
var es_account_sessions_device = () => {
	return `Navegador`;
};
var ar_account_sessions_device = () => {
	return `المتصفح`;
};
/**
* | output |
* | --- |
* | "Browser" |
*
* @param {Account_Sessions_DeviceInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_sessions_device = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_sessions_device(inputs);
	if (locale === "ar") return ar_account_sessions_device(inputs);
	return en_account_sessions_device(inputs);
});
// src/lib/paraglide/messages/account_sessions_started.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Sessions_StartedInputs */
var en_account_sessions_started = () => {
	return `Logged in`;
};
var es_account_sessions_started = () => {
	return `Sesión iniciada`;
};
var ar_account_sessions_started = () => {
	return `وقت تسجيل الدخول`;
};
/**
* | output |
* | --- |
* | "Logged in" |
*
* @param {Account_Sessions_StartedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_sessions_started = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_sessions_started(inputs);
	if (locale === "ar") return ar_account_sessions_started(inputs);
	return en_account_sessions_started(inputs);
});
// src/lib/paraglide/messages/account_sessions_this.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Sessions_ThisInputs */
var en_account_sessions_this = () => {
	return `this browser`;
};
var es_account_sessions_this = () => {
	return `este navegador`;
};
var ar_account_sessions_this = () => {
	return `هذا المتصفح`;
};
/**
* | output |
* | --- |
* | "this browser" |
*
* @param {Account_Sessions_ThisInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_sessions_this = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_sessions_this(inputs);
	if (locale === "ar") return ar_account_sessions_this(inputs);
	return en_account_sessions_this(inputs);
});
// src/lib/paraglide/messages/account_sessions_unknown.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Sessions_UnknownInputs */
var en_account_sessions_unknown = () => {
	return `Unknown browser`;
};
var es_account_sessions_unknown = () => {
	return `Navegador desconocido`;
};
var ar_account_sessions_unknown = () => {
	return `متصفح غير معروف`;
};
/**
* | output |
* | --- |
* | "Unknown browser" |
*
* @param {Account_Sessions_UnknownInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_sessions_unknown = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_sessions_unknown(inputs);
	if (locale === "ar") return ar_account_sessions_unknown(inputs);
	return en_account_sessions_unknown(inputs);
});
// src/lib/paraglide/messages/account_logout_everywhere.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Logout_EverywhereInputs */
var en_account_logout_everywhere = () => {
	return `Log out everywhere`;
};
var es_account_logout_everywhere = () => {
	return `Cerrar sesión en todas partes`;
};
var ar_account_logout_everywhere = () => {
	return `تسجيل الخروج من كل الأجهزة`;
};
/**
* | output |
* | --- |
* | "Log out everywhere" |
*
* @param {Account_Logout_EverywhereInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_logout_everywhere = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_logout_everywhere(inputs);
	if (locale === "ar") return ar_account_logout_everywhere(inputs);
	return en_account_logout_everywhere(inputs);
});
// src/lib/paraglide/messages/account_delete_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Delete_HeadingInputs */
var en_account_delete_heading = () => {
	return `Delete my account`;
};
var es_account_delete_heading = () => {
	return `Eliminar mi cuenta`;
};
var ar_account_delete_heading = () => {
	return `حذف حسابي`;
};
/**
* | output |
* | --- |
* | "Delete my account" |
*
* @param {Account_Delete_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_delete_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_delete_heading(inputs);
	if (locale === "ar") return ar_account_delete_heading(inputs);
	return en_account_delete_heading(inputs);
});
// src/lib/paraglide/messages/account_delete_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Delete_TextInputs */
var en_account_delete_text = () => {
	return `Your profile and personal details are erased and you are logged out. What you wrote or decided stays in the organisation's history, without your name. This cannot be undone.`;
};
var es_account_delete_text = () => {
	return `Se borran tu perfil y tus datos personales, y se cierra tu sesión. Lo que escribiste o decidiste permanece en la historia de la organización, sin tu nombre. Esto no se puede deshacer.`;
};
var ar_account_delete_text = () => {
	return `سيُمحى ملفك الشخصي وبياناتك الشخصية وسيتم تسجيل خروجك. أما ما كتبته أو قررته فيبقى في سجل المنظمة، دون اسمك. لا يمكن التراجع عن ذلك.`;
};
/**
* | output |
* | --- |
* | "Your profile and personal details are erased and you are logged out. What you wrote or decided stays in the organisation's history, without your name. This c..." |
*
* @param {Account_Delete_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_delete_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_delete_text(inputs);
	if (locale === "ar") return ar_account_delete_text(inputs);
	return en_account_delete_text(inputs);
});
// src/lib/paraglide/messages/account_delete_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Delete_SubmitInputs */
var en_account_delete_submit = () => {
	return `Delete my account for good`;
};
var es_account_delete_submit = () => {
	return `Eliminar mi cuenta definitivamente`;
};
var ar_account_delete_submit = () => {
	return `حذف حسابي نهائيًا`;
};
/**
* | output |
* | --- |
* | "Delete my account for good" |
*
* @param {Account_Delete_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var account_delete_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_account_delete_submit(inputs);
	if (locale === "ar") return ar_account_delete_submit(inputs);
	return en_account_delete_submit(inputs);
});
export { field_confirm_handle as _, account_sessions_unknown as a, account_sessions_device as c, account_password_submit as d, account_password_heading as f, account_email_heading as g, account_email_current as h, account_logout_everywhere as i, account_sessions_heading as l, account_email_submit as m, account_delete_text as n, account_sessions_this as o, account_email_sent as p, account_delete_heading as r, account_sessions_started as s, account_delete_submit as t, account_password_changed as u, field_current_password as v, field_new_email as y };
