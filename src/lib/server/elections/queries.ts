/**
 * What readers see of elections. Queries never write. Names go through publicName/profileOpen, so a
 * visitor sees what members allow; the ballot a voter sees lists the candidates in their own seeded
 * order (domain/elections/shuffle.ts).
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { hasCredential } from '$lib/server/unlinkable/credentials';
import {
	candidacies,
	electionBallots,
	electionElectors,
	elections,
	members,
	roles
} from '$lib/server/db/schema';
import { profileOpen, publicName } from '$lib/server/members/privacy';
import { refOf, scopeLabels, type ScopeLabel } from '$lib/server/decisions/scope-names';
import type { Locale } from '$lib/server/i18n';
import type { Actor, ScopeRef } from '$lib/domain/members/actor';
import { ballotOrder } from '$lib/domain/elections/shuffle';
import type { ElectionChoice, ElectionPhase } from '$lib/domain/elections/types';
import { loadElection } from './context';
import { can } from './policy';
import type { ElectionResult } from './count';

export type ElectionListItem = {
	id: number;
	role: string;
	seats: number;
	phase: ElectionPhase;
	nominationsEndAt: Date;
	votingEndsAt: Date;
	scope: ScopeLabel;
	url: string;
};

const listColumns = {
	id: elections.id,
	role: elections.role,
	seats: elections.seats,
	phase: elections.phase,
	nominationsEndAt: elections.nominationsEndAt,
	votingEndsAt: elections.votingEndsAt,
	scopeKind: elections.scopeKind,
	scopeId: elections.scopeId
};

async function labelled(
	db: Queryable,
	viewer: Actor | null,
	locale: Locale,
	rows: { scopeKind: string; scopeId: number | null; id: number }[]
) {
	const labels = await scopeLabels(
		db,
		viewer,
		locale,
		rows.map((r) => ({ kind: r.scopeKind, id: r.scopeId }))
	);
	return (r: { scopeKind: string; scopeId: number | null }) =>
		labels.get(refOf(r.scopeKind, r.scopeId)) ?? {
			ref: refOf(r.scopeKind, r.scopeId),
			kind: r.scopeKind,
			name: '',
			url: null
		};
}

/** Every election, open ones first, newest first; grouped by scope on the page. */
export async function listElections(
	db: Queryable,
	viewer: Actor | null,
	locale: Locale
): Promise<ElectionListItem[]> {
	const rows = await db
		.select(listColumns)
		.from(elections)
		.orderBy(sql`${elections.phase} = 'closed'`, desc(elections.id))
		.limit(200);
	const scope = await labelled(db, viewer, locale, rows);
	return rows.map(({ scopeKind, scopeId, ...r }) => ({
		...r,
		scope: scope({ scopeKind, scopeId }),
		url: `/elections/${r.id}`
	}));
}

/**
 * The elections in which the viewer is an elector and has not voted yet (no ballot, no unlinkable
 * credential), the nearest close first: for "your turn".
 */
export async function electionsToVote(db: Queryable, viewer: Actor, locale: Locale) {
	const rows = await db
		.select(listColumns)
		.from(elections)
		.innerJoin(
			electionElectors,
			and(eq(electionElectors.electionId, elections.id), eq(electionElectors.memberId, viewer.id))
		)
		.where(
			and(
				eq(elections.phase, 'voting'),
				sql`not exists (select 1 from election_ballots b where b.election_id = ${elections.id}
					and b.voter_id = ${viewer.id} and b.superseded_at is null)`,
				sql`not exists (select 1 from ballot_credentials c where c.subject_kind = 'election'
					and c.subject_id = ${elections.id} and c.member_id = ${viewer.id})`
			)
		)
		.orderBy(asc(elections.votingEndsAt))
		.limit(20);
	const scope = await labelled(db, viewer, locale, rows);
	return rows.map((r) => ({
		id: r.id,
		role: r.role,
		scope: scope(r).name,
		url: `/elections/${r.id}`,
		endsAt: r.votingEndsAt
	}));
}

/**
 * The elections of one scope (a chapter page's "elections" section): open ones first, then the
 * latest closed ones. For other areas to call: `electionsForScope(db, viewer, { kind: 'chapter', id })`.
 */
export async function electionsForScope(
	db: Queryable,
	_viewer: Actor | null,
	scope: ScopeRef,
	limit = 10
) {
	const rows = await db
		.select(listColumns)
		.from(elections)
		.where(
			and(
				eq(elections.scopeKind, scope.kind),
				scope.kind === 'organisation' ? isNull(elections.scopeId) : eq(elections.scopeId, scope.id)
			)
		)
		.orderBy(sql`${elections.phase} = 'closed'`, desc(elections.id))
		.limit(limit);
	return rows.map((r) => ({ ...r, url: `/elections/${r.id}` }));
}

export type CandidateView = {
	id: number;
	memberId: number;
	person: { handle: string; name: string; profile: boolean };
	statement: string;
	consented: boolean;
	withdrawn: boolean;
	nominatedBySelf: boolean;
	nominator: { handle: string; name: string; profile: boolean } | null;
};

/** Everything the election page shows, and which forms it offers this viewer. */
export async function electionPage(
	db: Queryable,
	viewer: Actor | null,
	locale: Locale,
	id: number
) {
	const ctx = await loadElection(db, viewer, id);
	const e = ctx.election;
	const [role] = await db.select().from(roles).where(eq(roles.key, e.role));
	const scope = (await labelled(db, viewer, locale, [e]))(e);
	const person = {
		handle: members.handle,
		name: publicName(viewer),
		profile: profileOpen(viewer)
	};
	const rows = await db
		.select({
			id: candidacies.id,
			memberId: candidacies.memberId,
			statement: candidacies.statement,
			consentedAt: candidacies.consentedAt,
			withdrawnAt: candidacies.withdrawnAt,
			nominatedBy: candidacies.nominatedBy,
			...person
		})
		.from(candidacies)
		.innerJoin(members, eq(members.id, candidacies.memberId))
		.where(eq(candidacies.electionId, id))
		.orderBy(asc(candidacies.id));
	// Who nominated someone else: one query for all of them, names as the viewer may see them.
	const nominatorIds = [
		...new Set(
			rows.flatMap((r) => (r.nominatedBy && r.nominatedBy !== r.memberId ? [r.nominatedBy] : []))
		)
	];
	const nominators = new Map(
		(nominatorIds.length
			? await db
					.select({ id: members.id, ...person })
					.from(members)
					.where(and(inArray(members.id, nominatorIds), isNull(members.deletedAt)))
			: []
		).map(({ id: memberId, ...p }) => [memberId, p])
	);
	const candidates: CandidateView[] = rows.map((r) => ({
		id: r.id,
		memberId: r.memberId,
		person: { handle: r.handle, name: r.name, profile: r.profile },
		statement: r.statement,
		consented: r.consentedAt !== null,
		withdrawn: r.withdrawnAt !== null,
		nominatedBySelf: r.nominatedBy === r.memberId,
		nominator: (r.nominatedBy !== r.memberId && nominators.get(r.nominatedBy ?? 0)) || null
	}));
	const onBallot = candidates.filter((c) => c.consented && !c.withdrawn);
	const mine = viewer ? candidates.find((c) => c.memberId === viewer.id) : undefined;
	const subjectFor = (c?: CandidateView) => ({
		...ctx.subject,
		candidacy: c && { memberId: c.memberId, consented: c.consented, withdrawn: c.withdrawn }
	});
	const may = {
		stand: !mine && can(viewer, 'stand', ctx.subject),
		nominate: can(viewer, 'nominate', ctx.subject),
		consent: !!mine && can(viewer, 'consent', subjectFor(mine)),
		withdraw: !!mine && can(viewer, 'withdraw', subjectFor(mine)),
		vote: can(viewer, 'vote', ctx.subject)
	};
	let ballot: {
		order: CandidateView[];
		current: ElectionChoice | null;
		credentialHeld: boolean;
	} | null = null;
	if (may.vote && viewer) {
		const [current] = await db
			.select({ choice: electionBallots.choice })
			.from(electionBallots)
			.where(
				and(
					eq(electionBallots.electionId, id),
					eq(electionBallots.voterId, viewer.id),
					isNull(electionBallots.supersededAt)
				)
			);
		ballot = {
			order: ballotOrder(onBallot, e.seed, viewer.id),
			current: current?.choice ?? null,
			credentialHeld: e.unlinkable ? await hasCredential(db, 'election', id, viewer.id) : false
		};
	}
	const [{ n: ballots }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(electionBallots)
		.where(and(eq(electionBallots.electionId, id), isNull(electionBallots.supersededAt)));
	const result = e.phase === 'closed' ? (e.result as ElectionResult | null) : null;
	return {
		election: {
			id: e.id,
			role: e.role,
			seats: e.seats,
			method: e.method,
			phase: e.phase,
			nominationsEndAt: e.nominationsEndAt,
			votingEndsAt: e.votingEndsAt,
			countedAt: e.countedAt,
			balance: e.balance,
			unlinkable: e.unlinkable,
			seed: e.phase === 'closed' ? e.seed : null
		},
		role: role ? { termMonths: role.termMonths, rights: role.rights } : null,
		scope,
		candidates,
		mine: mine ?? null,
		may,
		ballot,
		ballots: Number(ballots),
		result,
		/** Candidacy id → the name to show, for the count's report. */
		labels: Object.fromEntries(candidates.map((c) => [String(c.id), c.person.name]))
	};
}

export type ElectionPage = Awaited<ReturnType<typeof electionPage>>;
