import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/upload_alt_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Alt_HintInputs */
var en_upload_alt_hint = () => {
	return `Describe the image for people who cannot see it.`;
};
var es_upload_alt_hint = () => {
	return `Describe la imagen para quien no pueda verla.`;
};
var ar_upload_alt_hint = () => {
	return `صِف الصورة لمن لا يستطيع رؤيتها.`;
};
/**
* | output |
* | --- |
* | "Describe the image for people who cannot see it." |
*
* @param {Upload_Alt_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_alt_hint = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_alt_hint(inputs);
	if (locale === "ar") return ar_upload_alt_hint(inputs);
	return en_upload_alt_hint(inputs);
});
// src/lib/paraglide/messages/upload_alt_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Alt_LabelInputs */
var en_upload_alt_label = () => {
	return `Description`;
};
var es_upload_alt_label = () => {
	return `Descripción`;
};
var ar_upload_alt_label = () => {
	return `الوصف`;
};
/**
* | output |
* | --- |
* | "Description" |
*
* @param {Upload_Alt_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_alt_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_alt_label(inputs);
	if (locale === "ar") return ar_upload_alt_label(inputs);
	return en_upload_alt_label(inputs);
});
// src/lib/paraglide/messages/upload_image_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Image_LabelInputs */
var en_upload_image_label = () => {
	return `Image for a post`;
};
var es_upload_image_label = () => {
	return `Imagen para un artículo`;
};
var ar_upload_image_label = () => {
	return `صورة لمقال`;
};
/**
* | output |
* | --- |
* | "Image for a post" |
*
* @param {Upload_Image_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_image_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_image_label(inputs);
	if (locale === "ar") return ar_upload_image_label(inputs);
	return en_upload_image_label(inputs);
});
// src/lib/paraglide/messages/upload_image_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Image_SubmitInputs */
var en_upload_image_submit = () => {
	return `Upload the image`;
};
var es_upload_image_submit = () => {
	return `Subir la imagen`;
};
var ar_upload_image_submit = () => {
	return `ارفع الصورة`;
};
/**
* | output |
* | --- |
* | "Upload the image" |
*
* @param {Upload_Image_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_image_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_image_submit(inputs);
	if (locale === "ar") return ar_upload_image_submit(inputs);
	return en_upload_image_submit(inputs);
});
// src/lib/paraglide/messages/upload_photo_current.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Photo_CurrentInputs */
var en_upload_photo_current = () => {
	return `Your current profile photo`;
};
var es_upload_photo_current = () => {
	return `Tu foto de perfil actual`;
};
var ar_upload_photo_current = () => {
	return `صورتك الشخصية الحالية`;
};
/**
* | output |
* | --- |
* | "Your current profile photo" |
*
* @param {Upload_Photo_CurrentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_photo_current = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_photo_current(inputs);
	if (locale === "ar") return ar_upload_photo_current(inputs);
	return en_upload_photo_current(inputs);
});
// src/lib/paraglide/messages/upload_photo_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Photo_HeadingInputs */
var en_upload_photo_heading = () => {
	return `Profile photo`;
};
var es_upload_photo_heading = () => {
	return `Foto de perfil`;
};
var ar_upload_photo_heading = () => {
	return `الصورة الشخصية`;
};
/**
* | output |
* | --- |
* | "Profile photo" |
*
* @param {Upload_Photo_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_photo_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_photo_heading(inputs);
	if (locale === "ar") return ar_upload_photo_heading(inputs);
	return en_upload_photo_heading(inputs);
});
// src/lib/paraglide/messages/upload_photo_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Photo_LabelInputs */
var en_upload_photo_label = () => {
	return `Photo`;
};
var es_upload_photo_label = () => {
	return `Foto`;
};
var ar_upload_photo_label = () => {
	return `الصورة`;
};
/**
* | output |
* | --- |
* | "Photo" |
*
* @param {Upload_Photo_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_photo_label = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_photo_label(inputs);
	if (locale === "ar") return ar_upload_photo_label(inputs);
	return en_upload_photo_label(inputs);
});
// src/lib/paraglide/messages/upload_photo_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Photo_SavedInputs */
var en_upload_photo_saved = () => {
	return `Your profile photo has been changed.`;
};
var es_upload_photo_saved = () => {
	return `Tu foto de perfil ha cambiado.`;
};
var ar_upload_photo_saved = () => {
	return `تم تغيير صورتك الشخصية.`;
};
/**
* | output |
* | --- |
* | "Your profile photo has been changed." |
*
* @param {Upload_Photo_SavedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_photo_saved = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_photo_saved(inputs);
	if (locale === "ar") return ar_upload_photo_saved(inputs);
	return en_upload_photo_saved(inputs);
});
// src/lib/paraglide/messages/upload_photo_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Photo_SubmitInputs */
var en_upload_photo_submit = () => {
	return `Upload the photo`;
};
var es_upload_photo_submit = () => {
	return `Subir la foto`;
};
var ar_upload_photo_submit = () => {
	return `ارفع الصورة`;
};
/**
* | output |
* | --- |
* | "Upload the photo" |
*
* @param {Upload_Photo_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_photo_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_photo_submit(inputs);
	if (locale === "ar") return ar_upload_photo_submit(inputs);
	return en_upload_photo_submit(inputs);
});
// src/lib/paraglide/messages/upload_post_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Post_HeadingInputs */
var en_upload_post_heading = () => {
	return `Images for your posts`;
};
var es_upload_post_heading = () => {
	return `Imágenes para tus artículos`;
};
var ar_upload_post_heading = () => {
	return `صور لمقالاتك`;
};
/**
* | output |
* | --- |
* | "Images for your posts" |
*
* @param {Upload_Post_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_post_heading = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_post_heading(inputs);
	if (locale === "ar") return ar_upload_post_heading(inputs);
	return en_upload_post_heading(inputs);
});
// src/lib/paraglide/messages/upload_post_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Post_SavedInputs */
var en_upload_post_saved = () => {
	return `Uploaded. Put this in your post where the image should appear:`;
};
var es_upload_post_saved = () => {
	return `Subida. Pon esto en tu artículo donde deba aparecer la imagen:`;
};
var ar_upload_post_saved = () => {
	return `تم الرفع. ضع هذا في مقالك حيث تريد أن تظهر الصورة:`;
};
/**
* | output |
* | --- |
* | "Uploaded. Put this in your post where the image should appear:" |
*
* @param {Upload_Post_SavedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_post_saved = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_post_saved(inputs);
	if (locale === "ar") return ar_upload_post_saved(inputs);
	return en_upload_post_saved(inputs);
});
// src/lib/paraglide/messages/upload_privacy.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ megabytes: NonNullable<unknown> }} Upload_PrivacyInputs */
var en_upload_privacy = (i) => {
	return `JPEG, PNG, WebP or GIF, up to ${i?.megabytes} MB. We resize every picture and remove everything but the pixels: camera details and the place where it was taken are never kept.`;
};
var es_upload_privacy = (i) => {
	return `JPEG, PNG, WebP o GIF, hasta ${i?.megabytes} MB. Redimensionamos cada imagen y quitamos todo salvo los píxeles: nunca se guardan los datos de la cámara ni el lugar donde se tomó.`;
};
var ar_upload_privacy = (i) => {
	return `JPEG أو PNG أو WebP أو GIF، حتى ${i?.megabytes} ميغابايت. نعيد تحجيم كل صورة ونزيل كل شيء عدا البكسلات: لا نحتفظ أبدًا ببيانات الكاميرا ولا بالمكان الذي التُقطت فيه.`;
};
/**
* | output |
* | --- |
* | "JPEG, PNG, WebP or GIF, up to {megabytes} MB. We resize every picture and remove everything but the pixels: camera details and the place where it was taken a..." |
*
* @param {Upload_PrivacyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_privacy = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_privacy(inputs);
	if (locale === "ar") return ar_upload_privacy(inputs);
	return en_upload_privacy(inputs);
});
// src/lib/paraglide/messages/upload_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_TitleInputs */
var en_upload_title = () => {
	return `Images`;
};
var es_upload_title = () => {
	return `Imágenes`;
};
var ar_upload_title = () => {
	return `الصور`;
};
/**
* | output |
* | --- |
* | "Images" |
*
* @param {Upload_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_title(inputs);
	if (locale === "ar") return ar_upload_title(inputs);
	return en_upload_title(inputs);
});
export { upload_photo_submit as a, upload_photo_heading as c, upload_image_label as d, upload_alt_label as f, upload_post_heading as i, upload_photo_current as l, upload_privacy as n, upload_photo_saved as o, upload_alt_hint as p, upload_post_saved as r, upload_photo_label as s, upload_title as t, upload_image_submit as u };
