/**
 * The committees' pages: who sits on each (their committee-seat mandates), its quorum, and its
 * decisions with, for each, who of its members voted and who did not. Silence is never counted as
 * abstention: a member without a ballot is "not voted", and only a ballot that says abstain is an
 * abstention. A committee is public unless it decided otherwise; then only its members see who
 * sits on it and how they took part.
 */
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	ballotCredentials,
	ballots,
	committeeMembers,
	committees,
	decisions,
	members,
	roles
} from '$lib/server/db/schema';
import type { Actor } from '$lib/domain/members/actor';
import { NotFound } from '$lib/server/errors';
import { personFor } from '$lib/server/decisions/reading';
import { scopeMandates } from '$lib/server/mandates/queries';

const SEAT_ROLE = 'committee-seat';
const DECISIONS = 20;

async function seatsPerCommittee(db: Queryable): Promise<number> {
	const [role] = await db
		.select({ seats: roles.seats })
		.from(roles)
		.where(eq(roles.key, SEAT_ROLE));
	return role?.seats ?? 1;
}

/** Ballots a committee decision needs: the committee's own quorum, or a majority of its seats. */
export function committeeQuorum(quorum: number | null, seats: number): number {
	return quorum ?? Math.floor(seats / 2) + 1;
}

/** The ballots a decision of this committee needs, as its quorum stands now. */
export async function committeeMinBallots(db: Queryable, committeeId: number): Promise<number> {
	// In turn, not Promise.all: a command asks it on its transaction, which is one connection.
	const [row] = await db
		.select({ quorum: committees.quorum })
		.from(committees)
		.where(eq(committees.id, committeeId));
	const seats = await seatsPerCommittee(db);
	return committeeQuorum(row?.quorum ?? null, seats);
}

export async function committeeList(db: Queryable) {
	const [rows, seats] = await Promise.all([
		db
			.select({
				id: committees.id,
				name: committees.name,
				slug: committees.slug,
				mandate: committees.mandate,
				public: committees.public,
				members: sql<number>`(select count(*)::int from committee_members km where km.committee_id = ${committees.id})`
			})
			.from(committees)
			.orderBy(asc(committees.name))
			.limit(200),
		seatsPerCommittee(db)
	]);
	return rows.map((r) => ({ ...r, seats }));
}

/**
 * Whether the viewer sits on the committee, and whether they may see who sits on it and how they
 * took part: anyone, unless the committee decided otherwise; then only its members.
 */
export async function committeeStanding(
	db: Queryable,
	viewer: Actor | null,
	committee: { id: number; public: boolean }
) {
	const isMember =
		!!viewer &&
		(
			await db
				.select({ id: committeeMembers.memberId })
				.from(committeeMembers)
				.where(
					and(
						eq(committeeMembers.committeeId, committee.id),
						eq(committeeMembers.memberId, viewer.id)
					)
				)
		).length > 0;
	return { isMember, visible: committee.public || isMember };
}

/** One committee's page for the viewer. */
export async function committeeBySlug(db: Queryable, viewer: Actor | null, slug: string) {
	if (!slug || slug.length > 120) throw new NotFound('committee_error_not_found');
	const [committee] = await db.select().from(committees).where(eq(committees.slug, slug));
	if (!committee) throw new NotFound('committee_error_not_found');
	const seats = await seatsPerCommittee(db);
	const { isMember, visible } = await committeeStanding(db, viewer, committee);
	const base = {
		committee: {
			id: committee.id,
			name: committee.name,
			slug: committee.slug,
			mandate: committee.mandate,
			public: committee.public
		},
		seats,
		quorum: committeeQuorum(committee.quorum, seats),
		quorumIsDefault: committee.quorum === null,
		visible,
		isMember
	};
	if (!visible) return { ...base, mandates: null, decisions: [] };
	const [mandates, list] = await Promise.all([
		scopeMandates(db, viewer, { kind: 'committee', id: committee.id }, SEAT_ROLE),
		committeeDecisions(db, viewer, committee.id)
	]);
	return { ...base, mandates, decisions: list };
}

/**
 * The committee's decisions (drafts aside), newest first, each with its members' participation:
 * every current member of the committee, voted or not voted. Abstentions are the ballots that say
 * so; the members who cast none are listed apart and counted in no result.
 */
export async function committeeDecisions(db: Queryable, viewer: Actor | null, committeeId: number) {
	const rows = await db
		.select({
			id: decisions.id,
			title: decisions.title,
			slug: decisions.slug,
			phase: decisions.phase,
			outcome: decisions.outcome,
			ballotType: decisions.ballotType,
			votingEndsAt: decisions.votingEndsAt,
			closedAt: decisions.closedAt
		})
		.from(decisions)
		.where(
			and(
				eq(decisions.scopeKind, 'committee'),
				eq(decisions.scopeId, committeeId),
				ne(decisions.phase, 'draft')
			)
		)
		.orderBy(desc(decisions.id))
		.limit(DECISIONS);
	const ids = rows.map((r) => r.id);
	const [seated, cast, credentials] = await Promise.all([
		db
			.select(personFor(viewer))
			.from(committeeMembers)
			.innerJoin(members, eq(members.id, committeeMembers.memberId))
			.where(and(eq(committeeMembers.committeeId, committeeId), isNull(members.deletedAt)))
			.orderBy(asc(members.id)),
		ids.length
			? db
					.select({
						decisionId: ballots.decisionId,
						voterId: ballots.voterId,
						abstained: sql<boolean>`coalesce(${ballots.choice}->>'vote' = 'abstain', false)`
					})
					.from(ballots)
					.where(and(inArray(ballots.decisionId, ids), isNull(ballots.supersededAt)))
			: [],
		// An unlinkable ballot names no voter: who took part is who was issued a credential.
		ids.length
			? db
					.select({ decisionId: ballotCredentials.subjectId, voterId: ballotCredentials.memberId })
					.from(ballotCredentials)
					.where(
						and(
							eq(ballotCredentials.subjectKind, 'decision'),
							inArray(ballotCredentials.subjectId, ids)
						)
					)
			: []
	]);
	return rows.map((d) => {
		const mine = cast.filter((b) => b.decisionId === d.id);
		const voted = new Set(
			[...mine, ...credentials.filter((c) => c.decisionId === d.id)].map((b) => b.voterId)
		);
		const votingStarted = d.phase === 'voting' || d.phase === 'closed';
		return {
			...d,
			url: `/decisions/${d.id}-${d.slug}`,
			ballots: mine.length,
			// Counted once closed: a live count could tell what results hidden until the close say.
			abstentions: d.phase === 'closed' ? mine.filter((b) => b.abstained).length : null,
			notVoted: votingStarted ? seated.filter((p) => !voted.has(p.id)) : [],
			voted: votingStarted ? seated.filter((p) => voted.has(p.id)) : []
		};
	});
}
