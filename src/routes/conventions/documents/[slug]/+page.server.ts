import { actorOf, formAction, runQuery } from '$lib/server/http';
import { documentPage, openAmendments } from '$lib/server/conventions/documents';
import { can } from '$lib/server/conventions/policy';
import { proposeAmendment } from '$lib/server/decisions/amendments';
import { Invalid } from '$lib/server/errors';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function pageOf(event: Pick<RequestEvent, 'locals' | 'params'>) {
	return runQuery(() => documentPage(event.locals.db, actorOf(event), event.params.slug));
}

export const load: PageServerLoad = async (event) => {
	const page = await pageOf(event);
	return {
		...page,
		may: { open: can(actorOf(event), 'open-amendments', page.subject) },
		timeZone: event.locals.member?.timeZone
	};
};

export const actions: Actions = {
	open: formAction('open', async (e, a) => {
		const page = await pageOf(e);
		return openAmendments(e.locals.db, a, page.document.id);
	}),
	// The amendment goes to the decision that gathers them, with the decisions' own rules.
	amend: formAction('amend', async (e, a, v) => {
		const page = await pageOf(e);
		if (!page.document.decisionId) throw new Invalid('document_error_not_under_amendment');
		return proposeAmendment(e.locals.db, a, page.document.decisionId, v);
	})
};
