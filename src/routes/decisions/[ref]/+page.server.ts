import { actorOf, notFound, numberParam } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { redirect } from '@sveltejs/kit';
import { commentActions, loadDiscussion, readerOf } from '$lib/server/comments/actions';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import { closeAmendments } from '$lib/server/decisions/amendments';
import { castBallot, declareStake } from '$lib/server/decisions/ballots';
import { addCoauthor, recordOutcome, submitDecision } from '$lib/server/decisions/commands';
import {
	fileMinorityReport,
	petitionRevisit,
	signMinorityReport,
	signPetition
} from '$lib/server/decisions/dissent';
import { decisionPage } from '$lib/server/decisions/queries';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const idOf = (event: Pick<RequestEvent, 'params'>) => idFromRef(event.params.ref) ?? 0;

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const page = await runQuery(() =>
		decisionPage(event.locals.db, actorOf(event), event.locals.locale, id)
	);
	const canonical = `${page.decision.id}-${page.decision.slug}`;
	if (event.params.ref !== canonical) redirect(301, `/decisions/${canonical}${event.url.search}`);
	const discussion =
		page.decision.phase !== 'draft'
			? await runQuery(async () => loadDiscussion(event, await readerOf(event), 'decision', id))
			: null;
	return { ...page, discussion, timeZone: event.locals.member?.timeZone };
};

/** One form action: read the form, run the command for the signed-in member, answer. */
function act(
	scope: string,
	run: (
		event: RequestEvent,
		actor: ReturnType<typeof requireActor>,
		values: Record<string, unknown>
	) => Promise<unknown>,
	arrays: string[] = []
) {
	return async (event: RequestEvent) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData(), arrays);
		const result = await attempt(values, () => run(event, actor, values), scope);
		if (!result.ok) return result.failure;
		return { done: scope, value: result.value };
	};
}

export const actions: Actions = {
	...commentActions('decision', idOf),
	submit: act('submit', (e, a) => submitDecision(e.locals.db, a, idOf(e))),
	coauthor: act('coauthor', (e, a, v) => addCoauthor(e.locals.db, a, idOf(e), v)),
	vote: act('vote', (e, a, v) => castBallot(e.locals.db, a, idOf(e), v), ['approve']),
	stake: act('stake', (e, a, v) => declareStake(e.locals.db, a, idOf(e), v)),
	closeAmendments: act('closeAmendments', (e, a) => closeAmendments(e.locals.db, a, idOf(e))),
	outcome: act('outcome', (e, a, v) => recordOutcome(e.locals.db, a, idOf(e), v)),
	report: act('report', (e, a, v) => fileMinorityReport(e.locals.db, a, idOf(e), v)),
	signReport: act('signReport', (e, a, v) =>
		signMinorityReport(e.locals.db, a, idOf(e), numberParam(v.report as string))
	),
	petition: act('petition', (e, a, v) => petitionRevisit(e.locals.db, a, idOf(e), v)),
	signPetition: act('signPetition', (e, a, v) =>
		signPetition(e.locals.db, a, idOf(e), numberParam(v.petition as string))
	)
};
