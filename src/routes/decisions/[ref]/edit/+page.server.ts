import { notFound } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { redirect } from '@sveltejs/kit';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import { reviseDecision, updateDraft } from '$lib/server/decisions/commands';
import { affectedChoices, decisionForEdit, proposalScopes } from '$lib/server/decisions/queries';
import { suggestScopeAction } from '$lib/server/decisions/form-actions';
import { languageOptions } from '$lib/server/geo/languages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const { db, locale } = event.locals;
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const edit = await runQuery(() => decisionForEdit(db, actor, id));
	const draft = edit.decision.phase === 'draft';
	return {
		...edit,
		scopes: draft ? await runQuery(() => proposalScopes(db, actor, locale)) : [],
		affected: draft
			? await runQuery(() => affectedChoices(db, locale))
			: { chapters: [], projects: [] },
		languages: languageOptions(locale)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const actor = requireActor(event);
		const id = idFromRef(event.params.ref) ?? 0;
		const values = formValues(await event.request.formData(), ['affected']);
		const edit = await runQuery(() => decisionForEdit(event.locals.db, actor, id));
		const command = edit.decision.phase === 'draft' ? updateDraft : reviseDecision;
		const result = await attempt(values, () => command(event.locals.db, actor, id, values));
		if (!result.ok) return result.failure;
		redirect(303, `/decisions/${id}-${edit.decision.slug}`);
	},
	suggest: suggestScopeAction
};
