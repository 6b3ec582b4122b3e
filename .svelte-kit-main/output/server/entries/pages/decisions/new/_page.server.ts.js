import { a as runQuery, i as requireActor, n as formValues, t as attempt } from "../../../../chunks/http.js";
import { c as suggestScope, n as createDecision } from "../../../../chunks/commands.js";
import { c as proposalScopes, t as affectedChoices } from "../../../../chunks/queries4.js";
import { r as languageOptions } from "../../../../chunks/languages.js";
import { redirect } from "@sveltejs/kit";
// src/routes/decisions/new/+page.server.ts
var load = async (event) => {
	const actor = requireActor(event);
	const { db, locale } = event.locals;
	return {
		scopes: await runQuery(() => proposalScopes(db, actor, locale)),
		affected: await runQuery(() => affectedChoices(db, locale)),
		languages: languageOptions(locale)
	};
};
var actions = {
	default: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData(), ["affected"]);
		const result = await attempt(values, () => createDecision(event.locals.db, actor, values));
		if (!result.ok) return result.failure;
		redirect(303, `/decisions/${result.value}`);
	},
	/** Without JavaScript too: suggest the smallest scope containing the groups ticked. */
	suggest: async (event) => {
		requireActor(event);
		const values = formValues(await event.request.formData(), ["affected"]);
		const refs = values.affected.filter((r) => /^(chapter|project):\d{1,15}$/.test(r));
		const result = await attempt(values, () => suggestScope(event.locals.db, refs));
		if (!result.ok) return result.failure;
		return {
			suggested: result.value,
			values: {
				...values,
				scope: result.value
			}
		};
	}
};
export { actions, load };
