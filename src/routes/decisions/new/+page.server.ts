import { formAction, requireActor, runQuery } from '$lib/server/http';
import { createDecision } from '$lib/server/decisions/commands';
import { affectedChoices, proposalScopes } from '$lib/server/decisions/proposal-form';
import { filterGroupsAction, suggestScopeAction } from '$lib/server/decisions/form-actions';
import { languageOptions } from '$lib/server/geo/languages';
import { formMode } from '$lib/domain/decisions/presets';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const { db, locale } = event.locals;
	// The first step offers templates; a chosen one (`?template=rank`) opens the form.
	const mode = formMode(event.url.searchParams.get('template'));
	const [scopes, affected] = await runQuery(() =>
		Promise.all([proposalScopes(db, actor, locale), affectedChoices(db, actor, locale)])
	);
	return { mode, scopes, affected, languages: languageOptions(locale) };
};

export const actions: Actions = {
	// The draft opens at its own address.
	create: formAction(
		'create',
		async (e, a, v) => ({ url: `/decisions/${await createDecision(e.locals.db, a, v)}` }),
		{ arrays: ['affected'], follow: true }
	),
	suggest: suggestScopeAction,
	filter: filterGroupsAction
};
