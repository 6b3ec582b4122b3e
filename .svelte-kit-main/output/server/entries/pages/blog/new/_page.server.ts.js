import { o as readerOf } from "../../../../chunks/actions.js";
import { r as languageOptions } from "../../../../chunks/languages.js";
import { i as requireActor, n as formValues, t as attempt } from "../../../../chunks/http.js";
import { t as createPost } from "../../../../chunks/commands3.js";
import { f as can } from "../../../../chunks/queries2.js";
import { f as writableChapters } from "../../../../chunks/queries6.js";
import { redirect } from "@sveltejs/kit";
// src/routes/blog/new/+page.server.ts
var load = async (event) => {
	requireActor(event);
	const reader = await readerOf(event);
	return {
		languages: languageOptions(event.locals.locale),
		chapters: await writableChapters(event.locals.db, reader),
		canWriteForOrganisation: can(reader, "write-organisation-news")
	};
};
var actions = { default: async (event) => {
	const actor = requireActor(event);
	const values = formValues(await event.request.formData());
	const result = await attempt(values, () => createPost(event.locals.db, actor, values));
	if (!result.ok) return result.failure;
	redirect(303, `/posts/${result.value.id}-${result.value.slug}`);
} };
export { actions, load };
