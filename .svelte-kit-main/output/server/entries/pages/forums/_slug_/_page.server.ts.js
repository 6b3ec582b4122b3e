import { r as languageOptions } from "../../../../chunks/languages.js";
import { a as runQuery, i as requireActor, n as formValues, t as attempt } from "../../../../chunks/http.js";
import { i as startThread } from "../../../../chunks/commands3.js";
import { n as forumCategory, o as parseCursor } from "../../../../chunks/queries6.js";
import { redirect } from "@sveltejs/kit";
// src/routes/forums/[slug]/+page.server.ts
var load = async ({ locals, params, url }) => ({
	forum: await runQuery(() => forumCategory(locals.db, params.slug, parseCursor(url.searchParams.get("before")))),
	languages: languageOptions(locals.locale)
});
var actions = { default: async (event) => {
	const actor = requireActor(event);
	const { category } = await runQuery(() => forumCategory(event.locals.db, event.params.slug));
	const values = formValues(await event.request.formData());
	const result = await attempt(values, () => startThread(event.locals.db, actor, category.id, values));
	if (!result.ok) return result.failure;
	redirect(303, `/threads/${result.value.id}-${result.value.slug}`);
} };
export { actions, load };
