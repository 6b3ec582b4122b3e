import { formAction, notFound, requireActor, runQuery } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { reviseDecision, updateDraft } from '$lib/server/decisions/commands';
import {
	affectedChoices,
	decisionForEdit,
	proposalScopes
} from '$lib/server/decisions/proposal-form';
import { filterGroupsAction, suggestScopeAction } from '$lib/server/decisions/form-actions';
import { formMode, presetFor } from '$lib/domain/decisions/presets';
import { languageOptions } from '$lib/server/geo/languages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const { db, locale } = event.locals;
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const edit = await runQuery(() => decisionForEdit(db, actor, id));
	// A submitted decision's scope and groups are fixed: only a draft offers them.
	const draft = edit.decision.phase === 'draft';
	const [scopes, affected] = draft
		? await runQuery(() =>
				Promise.all([proposalScopes(db, actor, locale), affectedChoices(db, actor, locale)])
			)
		: [[], { chapters: [], projects: [] }];
	// A draft opens with the settings of its template (`?template=all`: every setting).
	const v = edit.values;
	const mode =
		formMode(event.url.searchParams.get('template')) ??
		presetFor(String(v.ballotType), String(v.method));
	return { ...edit, mode, scopes, affected, languages: languageOptions(locale) };
};

export const actions: Actions = {
	// A draft is saved whole; a submitted text is revised (a new version).
	save: formAction(
		'save',
		async (e, a, v) => {
			const id = idFromRef(e.params.ref) ?? 0;
			const edit = await decisionForEdit(e.locals.db, a, id);
			if (edit.decision.phase === 'draft') await updateDraft(e.locals.db, a, id, v);
			else await reviseDecision(e.locals.db, a, id, v);
			// Encoded: a slug in a non-Latin script cannot go into a Location header as it is.
			return { url: `/decisions/${id}-${encodeURIComponent(edit.decision.slug)}` };
		},
		{ arrays: ['affected'], follow: true }
	),
	suggest: suggestScopeAction,
	filter: filterGroupsAction
};
