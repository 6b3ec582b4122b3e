import { commentActions, loadDiscussion } from '$lib/server/comments/actions';
import { actorOf, formAction, notFound, numberParam, runQuery } from '$lib/server/http';
import { castElectionBallot } from '$lib/server/elections/ballots';
import {
	consentToNomination,
	nominateCandidate,
	standForElection,
	withdrawCandidacy
} from '$lib/server/elections/commands';
import { electionPage } from '$lib/server/elections/queries';
import { withPageHtml } from '$lib/server/page-html';
import { serverMarkup } from '$lib/server/server-markup';
import ElectionResult from '$lib/components/elections/ElectionResult.svelte';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const idOf = (event: Pick<RequestEvent, 'params'>) => numberParam(event.params.id);

export const load: PageServerLoad = async (event) => {
	const id = idOf(event) || notFound('election_error_not_found');
	const page = await runQuery(() =>
		electionPage(event.locals.db, actorOf(event), event.locals.locale, id)
	);
	const discussion = await runQuery(() => loadDiscussion(event, actorOf(event), 'election', id));
	// The count goes as markup (server-markup.ts): the browser needs neither its figures nor its code.
	const { result, labels, ...shown } = page;
	const resultHtml = result ? serverMarkup(ElectionResult, { result, labels, id }) : null;
	return {
		...shown,
		count: withPageHtml(event, { resultHtml }),
		discussion,
		timeZone: event.locals.member?.timeZone
	};
};

export const actions: Actions = {
	...commentActions('election', idOf),
	stand: formAction('stand', (e, a, v) => standForElection(e.locals.db, a, idOf(e), v)),
	nominate: formAction('nominate', (e, a, v) => nominateCandidate(e.locals.db, a, idOf(e), v)),
	consent: formAction('consent', (e, a, v) => consentToNomination(e.locals.db, a, idOf(e), v)),
	withdraw: formAction('withdraw', (e, a, v) => withdrawCandidacy(e.locals.db, a, idOf(e), v)),
	vote: formAction('vote', (e, a, v) => castElectionBallot(e.locals.db, a, idOf(e), v))
};
