// @ts-nocheck
import { redirect } from '@sveltejs/kit';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import { createDecision } from '$lib/server/decisions/commands';
import { affectedChoices, proposalScopes } from '$lib/server/decisions/queries';
import { suggestScope } from '$lib/server/decisions/scopes';
import { languageOptions } from '$lib/server/geo/languages';
import type { Actions, PageServerLoad } from './$types';

export const load = async (event: Parameters<PageServerLoad>[0]) => {
	const actor = requireActor(event);
	const { db, locale } = event.locals;
	return {
		scopes: await runQuery(() => proposalScopes(db, actor, locale)),
		affected: await runQuery(() => affectedChoices(db, locale)),
		languages: languageOptions(locale)
	};
};

export const actions = {
	default: async (event: import('./$types').RequestEvent) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData(), ['affected']);
		const result = await attempt(values, () => createDecision(event.locals.db, actor, values));
		if (!result.ok) return result.failure;
		redirect(303, `/decisions/${result.value}`);
	},
	/** Without JavaScript too: suggest the smallest scope containing the groups ticked. */
	suggest: async (event: import('./$types').RequestEvent) => {
		requireActor(event);
		const values = formValues(await event.request.formData(), ['affected']);
		const refs = (values.affected as string[]).filter((r) =>
			/^(chapter|project):\d{1,15}$/.test(r)
		);
		const result = await attempt(values, () => suggestScope(event.locals.db, refs));
		if (!result.ok) return result.failure;
		return { suggested: result.value, values: { ...values, scope: result.value } };
	}
};
;null as any as Actions;