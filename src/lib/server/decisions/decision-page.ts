/**
 * The decision's pages, each composed of the sections it shows. The sections are independent
 * queries and run side by side; a section a page does not show is not read.
 */
import type { Queryable } from '$lib/server/db/client';
import type { Locale } from '$lib/server/i18n';
import { acceptsBallots, minorityReportDeadline } from '$lib/domain/decisions/lifecycle';
import { loadDecision, type DecisionContext } from './context';
import { amendmentCounts, amendmentList } from './amendment-list';
import { pendingInvitees } from './coauthors';
import { minorityReportList, petitionList } from './dissent-lists';
import {
	decisionAuthorList,
	decisionHeader,
	decisionOptionList,
	relatedDecisions,
	scopeAndGroups
} from './header';
import { allowed, type Viewer } from './reading';
import { OPEN_BALLOTS_SHOWN } from './ballot-list';
import { myBallot, openBallots, resultFigures, turnout } from './results';
import { myStake, stakeList } from './stake-list';
import { hasCredential } from '$lib/server/unlinkable/credentials';

const none = <T>(value: T) => Promise.resolve(value);

/** Everything the decision page shows, authorised for the viewer. */
export async function decisionPage(
	db: Queryable,
	viewer: Viewer,
	locale: Locale,
	id: number,
	now = new Date()
) {
	const ctx = await loadDecision(db, viewer, id);
	const d = ctx.decision;
	const balloting = d.phase === 'voting' || d.phase === 'closed';
	const closed = d.phase === 'closed';
	const staked = d.weighting === 'stake' && d.phase !== 'draft';
	const [
		authors,
		where,
		options,
		related,
		amendments,
		figures,
		mine,
		stakes,
		stake,
		results,
		ballots,
		reports,
		petitions,
		invitees,
		credentialHeld
	] = await Promise.all([
		decisionAuthorList(db, viewer, id),
		scopeAndGroups(db, viewer, locale, ctx),
		decisionOptionList(db, id),
		relatedDecisions(db, ctx),
		amendmentCounts(db, id),
		balloting ? turnout(db, d, ctx.settings) : none(null),
		balloting ? myBallot(db, viewer, id) : none({ ballot: null, changes: 0 }),
		staked ? stakeList(db, viewer, id) : none({ people: [], unlisted: 0 }),
		staked ? myStake(db, viewer, id) : none(null),
		resultFigures(db, d),
		openBallots(db, viewer, d, { limit: OPEN_BALLOTS_SHOWN }),
		closed ? minorityReportList(db, viewer, id) : none([]),
		closed ? petitionList(db, viewer, id) : none([]),
		d.phase === 'draft' ? pendingInvitees(db, viewer, ctx) : none([]),
		d.unlinkable && viewer && balloting ? hasCredential(db, 'decision', id, viewer.id) : none(false)
	]);
	const reportDeadline = minorityReportDeadline(d.closedAt, ctx.settings.minorityReportDays);
	return {
		decision: decisionHeader(ctx, where.scope),
		authors,
		invitees,
		groups: where.groups,
		options,
		related,
		amendments,
		turnout: figures,
		me: {
			isAuthor: ctx.subject.isAuthor,
			isInvited: !!ctx.subject.isInvited,
			isEligible: ctx.subject.isEligible,
			ballot: mine.ballot,
			changes: mine.changes,
			/** Issued their unlinkable credential: they took part, and the server cannot say how. */
			credentialHeld,
			stake,
			may: pageRights(viewer, ctx, now)
		},
		stakes,
		results,
		/** The first open ballots; the rest are paged at /decisions/[ref]/ballots. */
		openBallots: {
			first: ballots,
			total: ballots.length ? Math.max(figures?.ballots ?? 0, ballots.length) : 0
		},
		reports,
		reportDeadline,
		petitions
	};
}

export type DecisionPage = Awaited<ReturnType<typeof decisionPage>>;

/** What the viewer may do on the decision page: each form is shown only when it would be accepted. */
function pageRights(viewer: Viewer, ctx: DecisionContext, now: Date) {
	const d = ctx.decision;
	const may = (action: Parameters<typeof allowed>[2]) => allowed(viewer, ctx, action, now);
	return {
		edit: may('edit'),
		submit: may('submit'),
		inviteCoauthor: may('invite-coauthor'),
		acceptCoauthorship: may('accept-coauthorship'),
		declineCoauthorship: may('decline-coauthorship'),
		closeAmendments: may('close-amendments') && d.amendmentsOpen,
		declareStake: may('declare-stake') && d.weighting === 'stake',
		vote: may('vote') && acceptsBallots(ctx.subject.phase, d.votingEndsAt, now),
		seeTurnoutList: may('see-turnout-list'),
		recordOutcome: may('record-outcome'),
		petition: may('petition'),
		fileReport: may('file-minority-report'),
		signReport: may('sign-minority-report')
	};
}

/** The amendments page: the text's version, every amendment with its diff, and what the viewer may do. */
export async function amendmentsPage(db: Queryable, viewer: Viewer, id: number) {
	const ctx = await loadDecision(db, viewer, id);
	const d = ctx.decision;
	const list = await amendmentList(db, viewer, id);
	return {
		decision: {
			id: d.id,
			title: d.title,
			slug: d.slug,
			body: d.body,
			phase: d.phase,
			version: d.version,
			amendmentsOpen: d.amendmentsOpen
		},
		// Each with its diff: the whole text again would only make the page heavier.
		amendments: list.amendments.map(({ body: _body, ...a }) => a),
		me: {
			amendmentVotes: list.myVotes,
			may: {
				amend: allowed(viewer, ctx, 'amend'),
				resolveAmendment: allowed(viewer, ctx, 'resolve-amendment'),
				voteAmendment: allowed(viewer, ctx, 'vote-amendment')
			}
		}
	};
}

/** A decision's name and address, for pages about one of its parts (the receipt look-up). */
export async function decisionTitle(db: Queryable, viewer: Viewer, id: number) {
	const { decision: d } = await loadDecision(db, viewer, id);
	return { id: d.id, title: d.title, slug: d.slug, phase: d.phase };
}
