import { i as notFound, o as readerOf } from "../../../../../chunks/actions.js";
import { r as languageOptions } from "../../../../../chunks/languages.js";
import { a as runQuery, i as requireActor, n as formValues, t as attempt } from "../../../../../chunks/http.js";
import { r as translate } from "../../../../../chunks/i18n.js";
import { n as editPost } from "../../../../../chunks/commands3.js";
import { s as postById } from "../../../../../chunks/queries6.js";
import { t as idFromRef } from "../../../../../chunks/reader.js";
import { error, redirect } from "@sveltejs/kit";
// src/routes/posts/[ref]/edit/+page.server.ts
var load = async (event) => {
	requireActor(event);
	const id = idFromRef(event.params.ref) ?? notFound("post_error_not_found");
	const post = await runQuery(async () => postById(event.locals.db, await readerOf(event), id));
	if (!post.own) error(403, translate("error_forbidden"));
	return {
		post,
		languages: languageOptions(event.locals.locale)
	};
};
var actions = { default: async (event) => {
	const actor = requireActor(event);
	const id = idFromRef(event.params.ref) ?? notFound("post_error_not_found");
	const values = formValues(await event.request.formData());
	const result = await attempt(values, () => editPost(event.locals.db, actor, id, values));
	if (!result.ok) return result.failure;
	redirect(303, `/posts/${result.value.id}-${result.value.slug}`);
} };
export { actions, load };
