import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/comment_add.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_AddInputs */
var en_comment_add = () => {
	return `Add a comment`;
};
var es_comment_add = () => {
	return `Añadir un comentario`;
};
var ar_comment_add = () => {
	return `أضف تعليقًا`;
};
/**
* | output |
* | --- |
* | "Add a comment" |
*
* @param {Comment_AddInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_add = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_add(inputs);
	if (locale === "ar") return ar_comment_add(inputs);
	return en_comment_add(inputs);
});
// src/lib/paraglide/messages/comment_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Comment_ByInputs */
var en_comment_by = (i) => {
	return `Comment by ${i?.name}`;
};
var es_comment_by = (i) => {
	return `Comentario de ${i?.name}`;
};
var ar_comment_by = (i) => {
	return `تعليق من ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Comment by {name}" |
*
* @param {Comment_ByInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_by = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_by(inputs);
	if (locale === "ar") return ar_comment_by(inputs);
	return en_comment_by(inputs);
});
// src/lib/paraglide/messages/comment_cancel_reply.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_Cancel_ReplyInputs */
var en_comment_cancel_reply = () => {
	return `Cancel the reply`;
};
var es_comment_cancel_reply = () => {
	return `Cancelar la respuesta`;
};
var ar_comment_cancel_reply = () => {
	return `إلغاء الرد`;
};
/**
* | output |
* | --- |
* | "Cancel the reply" |
*
* @param {Comment_Cancel_ReplyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_cancel_reply = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_cancel_reply(inputs);
	if (locale === "ar") return ar_comment_cancel_reply(inputs);
	return en_comment_cancel_reply(inputs);
});
// src/lib/paraglide/messages/comment_collapsed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_CollapsedInputs */
var en_comment_collapsed = () => {
	return `Several members flagged this. It is folded until it has been reviewed. Show it anyway`;
};
var es_comment_collapsed = () => {
	return `Varios miembros han señalado esto. Queda plegado hasta que se revise. Mostrarlo de todos modos`;
};
var ar_comment_collapsed = () => {
	return `أبلغ عدة أعضاء عن هذا المحتوى، فهو مطوي إلى أن تتم مراجعته. اعرضه على أي حال`;
};
/**
* | output |
* | --- |
* | "Several members flagged this. It is folded until it has been reviewed. Show it anyway" |
*
* @param {Comment_CollapsedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_collapsed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_collapsed(inputs);
	if (locale === "ar") return ar_comment_collapsed(inputs);
	return en_comment_collapsed(inputs);
});
// src/lib/paraglide/messages/comment_delete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_DeleteInputs */
var en_comment_delete = () => {
	return `Delete`;
};
var es_comment_delete = () => {
	return `Borrar`;
};
var ar_comment_delete = () => {
	return `حذف`;
};
/**
* | output |
* | --- |
* | "Delete" |
*
* @param {Comment_DeleteInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_delete = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_delete(inputs);
	if (locale === "ar") return ar_comment_delete(inputs);
	return en_comment_delete(inputs);
});
// src/lib/paraglide/messages/comment_edit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_EditInputs */
var en_comment_edit = () => {
	return `Edit`;
};
var es_comment_edit = () => {
	return `Editar`;
};
var ar_comment_edit = () => {
	return `تعديل`;
};
/**
* | output |
* | --- |
* | "Edit" |
*
* @param {Comment_EditInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_edit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_edit(inputs);
	if (locale === "ar") return ar_comment_edit(inputs);
	return en_comment_edit(inputs);
});
// src/lib/paraglide/messages/comment_edited.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_EditedInputs */
var en_comment_edited = () => {
	return `edited`;
};
var es_comment_edited = () => {
	return `editado`;
};
var ar_comment_edited = () => {
	return `معدَّل`;
};
/**
* | output |
* | --- |
* | "edited" |
*
* @param {Comment_EditedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_edited = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_edited(inputs);
	if (locale === "ar") return ar_comment_edited(inputs);
	return en_comment_edited(inputs);
});
// src/lib/paraglide/messages/comment_first_page.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_First_PageInputs */
var en_comment_first_page = () => {
	return `Back to the first comments`;
};
var es_comment_first_page = () => {
	return `Volver a los primeros comentarios`;
};
var ar_comment_first_page = () => {
	return `العودة إلى التعليقات الأولى`;
};
/**
* | output |
* | --- |
* | "Back to the first comments" |
*
* @param {Comment_First_PageInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_first_page = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_first_page(inputs);
	if (locale === "ar") return ar_comment_first_page(inputs);
	return en_comment_first_page(inputs);
});
// src/lib/paraglide/messages/comment_heading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Comment_HeadingInputs */
var en_comment_heading = (i) => {
	return `Comments (${i?.count})`;
};
var es_comment_heading = (i) => {
	return `Comentarios (${i?.count})`;
};
var ar_comment_heading = (i) => {
	return `التعليقات (${i?.count})`;
};
/**
* | output |
* | --- |
* | "Comments ({count})" |
*
* @param {Comment_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_heading = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_heading(inputs);
	if (locale === "ar") return ar_comment_heading(inputs);
	return en_comment_heading(inputs);
});
// src/lib/paraglide/messages/comment_in_reply_to.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Comment_In_Reply_ToInputs */
var en_comment_in_reply_to = (i) => {
	return `in reply to ${i?.name}`;
};
var es_comment_in_reply_to = (i) => {
	return `en respuesta a ${i?.name}`;
};
var ar_comment_in_reply_to = (i) => {
	return `ردًا على ${i?.name}`;
};
/**
* | output |
* | --- |
* | "in reply to {name}" |
*
* @param {Comment_In_Reply_ToInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_in_reply_to = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_in_reply_to(inputs);
	if (locale === "ar") return ar_comment_in_reply_to(inputs);
	return en_comment_in_reply_to(inputs);
});
// src/lib/paraglide/messages/comment_locked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_LockedInputs */
var en_comment_locked = () => {
	return `This discussion is locked: no new comments.`;
};
var es_comment_locked = () => {
	return `Esta conversación está cerrada: no admite comentarios nuevos.`;
};
var ar_comment_locked = () => {
	return `هذا النقاش مغلق: لا تعليقات جديدة.`;
};
/**
* | output |
* | --- |
* | "This discussion is locked: no new comments." |
*
* @param {Comment_LockedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_locked = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_locked(inputs);
	if (locale === "ar") return ar_comment_locked(inputs);
	return en_comment_locked(inputs);
});
// src/lib/paraglide/messages/comment_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_NoneInputs */
var en_comment_none = () => {
	return `No comments yet.`;
};
var es_comment_none = () => {
	return `Todavía no hay comentarios.`;
};
var ar_comment_none = () => {
	return `لا تعليقات بعد.`;
};
/**
* | output |
* | --- |
* | "No comments yet." |
*
* @param {Comment_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_none(inputs);
	if (locale === "ar") return ar_comment_none(inputs);
	return en_comment_none(inputs);
});
// src/lib/paraglide/messages/comment_quote.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_QuoteInputs */
var en_comment_quote = () => {
	return `Quote`;
};
var es_comment_quote = () => {
	return `Citar`;
};
var ar_comment_quote = () => {
	return `اقتباس`;
};
/**
* | output |
* | --- |
* | "Quote" |
*
* @param {Comment_QuoteInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_quote = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_quote(inputs);
	if (locale === "ar") return ar_comment_quote(inputs);
	return en_comment_quote(inputs);
});
// src/lib/paraglide/messages/comment_reply.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_ReplyInputs */
var en_comment_reply = () => {
	return `Reply`;
};
var es_comment_reply = () => {
	return `Responder`;
};
var ar_comment_reply = () => {
	return `رد`;
};
/**
* | output |
* | --- |
* | "Reply" |
*
* @param {Comment_ReplyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_reply = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_reply(inputs);
	if (locale === "ar") return ar_comment_reply(inputs);
	return en_comment_reply(inputs);
});
// src/lib/paraglide/messages/comment_reply_to.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Comment_Reply_ToInputs */
var en_comment_reply_to = (i) => {
	return `Reply to ${i?.name}`;
};
var es_comment_reply_to = (i) => {
	return `Responder a ${i?.name}`;
};
var ar_comment_reply_to = (i) => {
	return `الرد على ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Reply to {name}" |
*
* @param {Comment_Reply_ToInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_reply_to = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_reply_to(inputs);
	if (locale === "ar") return ar_comment_reply_to(inputs);
	return en_comment_reply_to(inputs);
});
// src/lib/paraglide/messages/comment_show_more.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_Show_MoreInputs */
var en_comment_show_more = () => {
	return `Show more comments`;
};
var es_comment_show_more = () => {
	return `Ver más comentarios`;
};
var ar_comment_show_more = () => {
	return `عرض مزيد من التعليقات`;
};
/**
* | output |
* | --- |
* | "Show more comments" |
*
* @param {Comment_Show_MoreInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_show_more = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_show_more(inputs);
	if (locale === "ar") return ar_comment_show_more(inputs);
	return en_comment_show_more(inputs);
});
// src/lib/paraglide/messages/comment_slow_mode.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ minutes: NonNullable<unknown> }} Comment_Slow_ModeInputs */
var en_comment_slow_mode = (i) => {
	return `Slow mode: one comment per member every ${i?.minutes} minutes.`;
};
var es_comment_slow_mode = (i) => {
	return `Modo lento: un comentario por persona cada ${i?.minutes} minutos.`;
};
var ar_comment_slow_mode = (i) => {
	return `الوضع البطيء: تعليق واحد لكل عضو كل ${i?.minutes} دقيقة.`;
};
/**
* | output |
* | --- |
* | "Slow mode: one comment per member every {minutes} minutes." |
*
* @param {Comment_Slow_ModeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_slow_mode = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_slow_mode(inputs);
	if (locale === "ar") return ar_comment_slow_mode(inputs);
	return en_comment_slow_mode(inputs);
});
// src/lib/paraglide/messages/comment_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_SubmitInputs */
var en_comment_submit = () => {
	return `Post comment`;
};
var es_comment_submit = () => {
	return `Publicar el comentario`;
};
var ar_comment_submit = () => {
	return `انشر التعليق`;
};
/**
* | output |
* | --- |
* | "Post comment" |
*
* @param {Comment_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_submit = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_submit(inputs);
	if (locale === "ar") return ar_comment_submit(inputs);
	return en_comment_submit(inputs);
});
// src/lib/paraglide/messages/flag_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_LinkInputs */
var en_flag_link = () => {
	return `Flag`;
};
var es_flag_link = () => {
	return `Señalar`;
};
var ar_flag_link = () => {
	return `إبلاغ`;
};
/**
* | output |
* | --- |
* | "Flag" |
*
* @param {Flag_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_link = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_link(inputs);
	if (locale === "ar") return ar_flag_link(inputs);
	return en_flag_link(inputs);
});
export { comment_cancel_reply as _, comment_reply_to as a, comment_none as c, comment_heading as d, comment_first_page as f, comment_collapsed as g, comment_delete as h, comment_show_more as i, comment_locked as l, comment_edit as m, comment_submit as n, comment_reply as o, comment_edited as p, comment_slow_mode as r, comment_quote as s, flag_link as t, comment_in_reply_to as u, comment_by as v, comment_add as y };
