import { actorOf, formAction, notFound, numberParam, runQuery } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import {
	acceptAmendment,
	proposeAmendment,
	putAmendmentToVote,
	voteOnAmendment,
	withdrawAmendment
} from '$lib/server/decisions/amendments';
import { amendmentsPage } from '$lib/server/decisions/decision-page';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const idOf = (event: Pick<RequestEvent, 'params'>) => idFromRef(event.params.ref) ?? 0;
/** The amendment a form acts on (its id in a hidden field). */
const amendmentOf = (values: Record<string, unknown>) => numberParam(values.amendment as string);

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const page = await runQuery(() => amendmentsPage(event.locals.db, actorOf(event), id));
	return { ...page, timeZone: event.locals.member?.timeZone };
};

export const actions: Actions = {
	propose: formAction('propose', (e, a, v) => proposeAmendment(e.locals.db, a, idOf(e), v)),
	accept: formAction('accept', (e, a, v) =>
		acceptAmendment(e.locals.db, a, idOf(e), amendmentOf(v))
	),
	toVote: formAction('toVote', (e, a, v) =>
		putAmendmentToVote(e.locals.db, a, idOf(e), amendmentOf(v))
	),
	withdraw: formAction('withdraw', (e, a, v) =>
		withdrawAmendment(e.locals.db, a, idOf(e), amendmentOf(v))
	),
	vote: formAction('vote', (e, a, v) => voteOnAmendment(e.locals.db, a, idOf(e), amendmentOf(v), v))
};
