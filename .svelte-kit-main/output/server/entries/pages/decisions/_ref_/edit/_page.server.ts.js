import { i as notFound } from "../../../../../chunks/actions.js";
import { a as runQuery, i as requireActor, n as formValues, t as attempt } from "../../../../../chunks/http.js";
import { a as reviseDecision, s as updateDraft } from "../../../../../chunks/commands.js";
import { c as proposalScopes, n as decisionForEdit, t as affectedChoices } from "../../../../../chunks/queries4.js";
import { r as languageOptions } from "../../../../../chunks/languages.js";
import { t as idFromRef } from "../../../../../chunks/reader.js";
import { redirect } from "@sveltejs/kit";
// src/routes/decisions/[ref]/edit/+page.server.ts
var load = async (event) => {
	const actor = requireActor(event);
	const { db, locale } = event.locals;
	const id = idFromRef(event.params.ref) ?? notFound("decision_error_not_found");
	const edit = await runQuery(() => decisionForEdit(db, actor, id));
	const draft = edit.decision.phase === "draft";
	return {
		...edit,
		scopes: draft ? await runQuery(() => proposalScopes(db, actor, locale)) : [],
		affected: draft ? await runQuery(() => affectedChoices(db, locale)) : {
			chapters: [],
			projects: []
		},
		languages: languageOptions(locale)
	};
};
var actions = { default: async (event) => {
	const actor = requireActor(event);
	const id = idFromRef(event.params.ref) ?? 0;
	const values = formValues(await event.request.formData(), ["affected"]);
	const edit = await runQuery(() => decisionForEdit(event.locals.db, actor, id));
	const command = edit.decision.phase === "draft" ? updateDraft : reviseDecision;
	const result = await attempt(values, () => command(event.locals.db, actor, id, values));
	if (!result.ok) return result.failure;
	redirect(303, `/decisions/${id}-${edit.decision.slug}`);
} };
export { actions, load };
