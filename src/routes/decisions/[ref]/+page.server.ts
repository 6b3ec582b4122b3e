import { redirect } from '@sveltejs/kit';
import { commentActions, loadDiscussion } from '$lib/server/comments/actions';
import {
	actorOf,
	formAction,
	notFound,
	numberParam,
	requireActor,
	runQuery
} from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { closeAmendments } from '$lib/server/decisions/amendments';
import { declareStake } from '$lib/server/decisions/ballots';
import { voteByForm, voteValues } from '$lib/server/decisions/vote-form';
import { recordOutcome, submitDecision } from '$lib/server/decisions/commands';
import {
	acceptCoauthorship,
	declineCoauthorship,
	inviteCoauthor
} from '$lib/server/decisions/coauthors';
import {
	fileMinorityReport,
	petitionRevisit,
	signMinorityReport,
	signPetition
} from '$lib/server/decisions/dissent';
import { decisionPage } from '$lib/server/decisions/decision-page';
import { countMarkup } from '$lib/server/decisions/count-markup';
import { decisionMarkup } from '$lib/server/decisions/page-markup';
import { withPageHtml } from '$lib/server/page-html';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const idOf = (event: Pick<RequestEvent, 'params'>) => idFromRef(event.params.ref) ?? 0;

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const page = await runQuery(() =>
		decisionPage(event.locals.db, actorOf(event), event.locals.locale, id)
	);
	const canonical = `${page.decision.id}-${page.decision.slug}`;
	// Encoded: a title in Arabic (any non-Latin script) makes a slug a Location header cannot carry.
	if (event.params.ref !== canonical)
		redirect(301, `/decisions/${encodeURIComponent(canonical)}${event.url.search}`);
	const discussion =
		page.decision.phase !== 'draft'
			? await runQuery(() => loadDiscussion(event, actorOf(event), 'decision', id))
			: null;
	// The count and the parts that never change in the browser go as markup (count-markup.ts,
	// page-markup.ts): the browser needs neither their code nor the data only they show.
	const {
		results,
		authors: _authors,
		related: _related,
		groups: _groups,
		openBallots: _openBallots,
		...shown
	} = page;
	const timeZone = event.locals.member?.timeZone;
	return {
		...shown,
		hasResults: Boolean(results),
		count: withPageHtml(event, countMarkup(page)),
		markup: withPageHtml(event, decisionMarkup(page, event.locals.locale, timeZone)),
		discussion,
		timeZone
	};
};

export const actions: Actions = {
	...commentActions('decision', idOf),
	submit: formAction('submit', (e, a) => submitDecision(e.locals.db, a, idOf(e))),
	coauthor: formAction('coauthor', (e, a, v) => inviteCoauthor(e.locals.db, a, idOf(e), v)),
	acceptCoauthorship: formAction('acceptCoauthorship', (e, a) =>
		acceptCoauthorship(e.locals.db, a, idOf(e))
	),
	// Declining leaves nothing to see here: back to the list of one's invitations.
	declineCoauthorship: formAction(
		'declineCoauthorship',
		async (e, a) => {
			await declineCoauthorship(e.locals.db, a, idOf(e));
			return { url: '/decisions/invitations' };
		},
		{ follow: true }
	),
	// The ballot form; an enhanced one is most often answered before this, at the ballot door
	// (ballot-door.ts), through the same voteByForm.
	vote: async (event) =>
		voteByForm(
			event.locals.db,
			requireActor(event),
			idOf(event),
			voteValues(await event.request.formData())
		),
	stake: formAction('stake', (e, a, v) => declareStake(e.locals.db, a, idOf(e), v)),
	closeAmendments: formAction('closeAmendments', (e, a) =>
		closeAmendments(e.locals.db, a, idOf(e))
	),
	outcome: formAction('outcome', (e, a, v) => recordOutcome(e.locals.db, a, idOf(e), v)),
	report: formAction('report', (e, a, v) => fileMinorityReport(e.locals.db, a, idOf(e), v)),
	signReport: formAction('signReport', (e, a, v) =>
		signMinorityReport(e.locals.db, a, idOf(e), numberParam(v.report as string))
	),
	petition: formAction('petition', (e, a, v) => petitionRevisit(e.locals.db, a, idOf(e), v)),
	signPetition: formAction('signPetition', (e, a, v) =>
		signPetition(e.locals.db, a, idOf(e), numberParam(v.petition as string))
	)
};
