import { actorOf, notFound, numberParam } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import {
	acceptAmendment,
	proposeAmendment,
	putAmendmentToVote,
	voteOnAmendment,
	withdrawAmendment
} from '$lib/server/decisions/amendments';
import { decisionPage } from '$lib/server/decisions/queries';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const page = await runQuery(() =>
		decisionPage(event.locals.db, actorOf(event), event.locals.locale, id)
	);
	return {
		decision: page.decision,
		amendments: page.amendments,
		me: page.me,
		timeZone: event.locals.member?.timeZone
	};
};

type Amend = (
	db: App.Locals['db'],
	actor: { id: number; tier: string },
	decisionId: number,
	amendmentId: number,
	values: Record<string, unknown>
) => Promise<unknown>;

/** Actions on one amendment (its id in the form). */
function onAmendment(scope: string, run: Amend) {
	return async (event: RequestEvent) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const id = idFromRef(event.params.ref) ?? 0;
		const amendmentId = numberParam(values.amendment as string);
		const result = await attempt(
			values,
			() => run(event.locals.db, actor, id, amendmentId, values),
			scope
		);
		if (!result.ok) return result.failure;
		return { done: scope, amendment: amendmentId };
	};
}

export const actions: Actions = {
	propose: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const id = idFromRef(event.params.ref) ?? 0;
		const result = await attempt(
			values,
			() => proposeAmendment(event.locals.db, actor, id, values),
			'propose'
		);
		if (!result.ok) return result.failure;
		return { done: 'propose', amendment: result.value };
	},
	accept: onAmendment('accept', (db, a, id, amendment) => acceptAmendment(db, a, id, amendment)),
	toVote: onAmendment('toVote', (db, a, id, amendment) => putAmendmentToVote(db, a, id, amendment)),
	withdraw: onAmendment('withdraw', (db, a, id, amendment) =>
		withdrawAmendment(db, a, id, amendment)
	),
	vote: onAmendment('vote', (db, a, id, amendment, v) => voteOnAmendment(db, a, id, amendment, v))
};
