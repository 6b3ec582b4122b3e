import { redirect } from '@sveltejs/kit';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import { createDecision } from '$lib/server/decisions/commands';
import { affectedChoices, proposalScopes } from '$lib/server/decisions/queries';
import { suggestScopeAction } from '$lib/server/decisions/form-actions';
import { languageOptions } from '$lib/server/geo/languages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const { db, locale } = event.locals;
	return {
		scopes: await runQuery(() => proposalScopes(db, actor, locale)),
		affected: await runQuery(() => affectedChoices(db, locale)),
		languages: languageOptions(locale)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData(), ['affected']);
		const result = await attempt(values, () => createDecision(event.locals.db, actor, values));
		if (!result.ok) return result.failure;
		redirect(303, `/decisions/${result.value}`);
	},
	suggest: suggestScopeAction
};
