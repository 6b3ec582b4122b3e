import { a as numberParam, o as readerOf } from "../../../../../chunks/actions.js";
import { c as editComment, n as commentForEdit } from "../../../../../chunks/queries2.js";
import { a as runQuery, i as requireActor, n as formValues, t as attempt } from "../../../../../chunks/http.js";
import { r as translate } from "../../../../../chunks/i18n.js";
import { error, redirect } from "@sveltejs/kit";
// src/routes/comments/[id]/edit/+page.server.ts
var load = async (event) => {
	requireActor(event);
	const reader = await readerOf(event);
	const comment = await runQuery(() => commentForEdit(event.locals.db, reader, numberParam(event.params.id)));
	if (!comment.own) error(403, translate("error_forbidden"));
	return { comment: {
		id: comment.id,
		body: comment.body,
		url: comment.subject.url
	} };
};
var actions = { default: async (event) => {
	const actor = requireActor(event);
	const values = formValues(await event.request.formData());
	const result = await attempt(values, () => editComment(event.locals.db, actor, numberParam(event.params.id), values));
	if (!result.ok) return result.failure;
	redirect(303, result.value.url);
} };
export { actions, load };
