import { actorOf, formAction, notFound, numberParam, runQuery } from '$lib/server/http';
import { appealCase, castJuryVote } from '$lib/server/moderation/commands';
import { juryCase } from '$lib/server/moderation/queries';
import type { Actions, PageServerLoad } from './$types';

const caseId = (params: { id: string }) => numberParam(params.id);

export const load: PageServerLoad = async (event) => {
	const id = caseId(event.params) || notFound('moderation_error_not_found');
	return {
		jury: await runQuery(() => juryCase(event.locals.db, actorOf(event), id)),
		timeZone: event.locals.member?.timeZone
	};
};

export const actions: Actions = {
	vote: formAction('voted', (event, actor, values) =>
		castJuryVote(event.locals.db, actor, caseId(event.params), values)
	),
	appeal: formAction('appealed', (event, actor, values) =>
		appealCase(event.locals.db, actor, caseId(event.params), values)
	)
};
