/**
 * Moving elections through their phases at their deadlines, like decisions' advance.ts: the
 * scheduler's `elections.advance` job calls `advanceDueElections` every minute; each step runs
 * under the election's row lock and only from the phase it expects, so two processes running it
 * at once move an election once. The lock waits for ballots being cast under their share lock.
 *
 * Nominations → voting: the electorate is fixed (the scope's members with the right to vote now).
 * Voting → closed: the count, its result, and a mandate for each elected candidate, all in the
 * transaction that closes, so an election is never counted without its mandates or the reverse.
 */
import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import {
	candidacies,
	committeeMembers,
	electionElectors,
	elections,
	mandates,
	type Election
} from '$lib/server/db/schema';
import { eraseSigningKeys } from '$lib/server/unlinkable/credentials';
import { appendEvent } from '$lib/server/events/append';
import { eligibleCondition, votingTiers } from '$lib/server/decisions/eligibility';
import { ballotCandidates } from './ballots';
import { electorateOf } from './context';
import { countElection } from './count';
import { electionEvent } from './events';
import { roleOf } from './standing';

export async function advanceDueElections(db: Db, now = new Date()): Promise<number> {
	const due = await db
		.select({ id: elections.id })
		.from(elections)
		.where(
			or(
				and(eq(elections.phase, 'nominations'), lte(elections.nominationsEndAt, now)),
				and(eq(elections.phase, 'voting'), lte(elections.votingEndsAt, now))
			)
		)
		.orderBy(asc(elections.id))
		.limit(100);
	let steps = 0;
	for (const { id } of due) steps += await advanceElection(db, id, now);
	return steps;
}

/** Take every step now due for one election. */
export async function advanceElection(db: Db, id: number, now = new Date()): Promise<number> {
	let steps = 0;
	for (;;) {
		const moved = await db.transaction(async (tx) => {
			const [e] = await tx.select().from(elections).where(eq(elections.id, id)).for('update');
			if (!e) return false;
			if (e.phase === 'nominations' && e.nominationsEndAt <= now) await openVoting(tx, e);
			else if (e.phase === 'voting' && e.votingEndsAt <= now) await closeElection(tx, e, now);
			else return false;
			return true;
		});
		if (!moved) return steps;
		steps++;
	}
}

async function openVoting(tx: Queryable, e: Election) {
	const tiers = await votingTiers(tx);
	const inserted = await tx.execute(sql`insert into election_electors (election_id, member_id)
		select ${e.id}, m.id from members m where ${eligibleCondition(electorateOf(e), tiers)}
		on conflict do nothing`);
	await tx.update(elections).set({ phase: 'voting' }).where(eq(elections.id, e.id));
	await appendEvent(
		tx,
		electionEvent(null, e.id, {
			type: 'election.voting-opened',
			data: {
				candidates: (await ballotCandidates(tx, e.id)).length,
				electorate: inserted.rowCount ?? 0
			}
		})
	);
}

/** The end of a term that starts at `start`: the same day `months` months later. */
export function termEnd(start: Date, months: number): Date {
	const end = new Date(start);
	end.setUTCMonth(end.getUTCMonth() + months);
	return end;
}

async function closeElection(tx: Queryable, e: Election, now: Date) {
	const [{ n }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(electionElectors)
		.where(eq(electionElectors.electionId, e.id));
	const result = await countElection(tx, e, Number(n));
	await tx
		.update(elections)
		.set({ phase: 'closed', result, countedAt: now })
		.where(eq(elections.id, e.id));
	// Counted: nothing may be signed any more (docs/ballot-secrecy.md).
	if (e.unlinkable) await eraseSigningKeys(tx, 'election', e.id);
	await appendEvent(
		tx,
		electionEvent(null, e.id, {
			type: 'election.counted',
			data: { elected: result.elected.length, ballots: result.ballots }
		})
	);
	if (!result.elected.length) return;
	const role = await roleOf(tx, e.role);
	const seated = await tx
		.select({ id: candidacies.id, memberId: candidacies.memberId })
		.from(candidacies)
		.where(inArray(candidacies.id, result.elected.map(Number)));
	const memberOf = new Map(seated.map((c) => [String(c.id), c.memberId]));
	for (const candidacy of result.elected) {
		const memberId = memberOf.get(candidacy)!;
		const [m] = await tx
			.insert(mandates)
			.values({
				memberId,
				role: e.role,
				scopeKind: e.scopeKind,
				scopeId: e.scopeId,
				startsAt: now,
				endsAt: termEnd(now, role.termMonths),
				electionId: e.id
			})
			.returning({ id: mandates.id });
		// A committee's seat holders are its members (its decisions' electorate).
		if (e.scopeKind === 'committee' && e.scopeId !== null)
			await tx
				.insert(committeeMembers)
				.values({ committeeId: e.scopeId, memberId })
				.onConflictDoNothing();
		await appendEvent(tx, {
			type: 'mandate.granted',
			actorId: null,
			subjectType: 'mandate',
			subjectId: m.id,
			data: { memberId, role: e.role, electionId: e.id }
		});
	}
}

/**
 * For browser tests (PLENARY_TEST_CLOCK=on only): end the election's current phase now, as if its
 * deadline had come, and take the step the scheduler would take.
 */
export async function endPhaseForTest(db: Db, id: number, now = new Date()): Promise<number> {
	const [e] = await db.select().from(elections).where(eq(elections.id, id));
	if (!e) return 0;
	if (e.phase === 'nominations')
		await db
			.update(elections)
			.set({
				nominationsEndAt: now,
				votingEndsAt: e.votingEndsAt > now ? e.votingEndsAt : new Date(now.getTime() + 1)
			})
			.where(eq(elections.id, id));
	else if (e.phase === 'voting')
		await db.update(elections).set({ votingEndsAt: now }).where(eq(elections.id, id));
	// Only this phase: voting, once opened, waits for its own deadline.
	return e.phase === 'closed' ? 0 : advanceOnce(db, id, now);
}

async function advanceOnce(db: Db, id: number, now: Date): Promise<number> {
	return db.transaction(async (tx) => {
		const [e] = await tx.select().from(elections).where(eq(elections.id, id)).for('update');
		if (e.phase === 'nominations') await openVoting(tx, e);
		else if (e.phase === 'voting') await closeElection(tx, e, now);
		return 1;
	});
}

/**
 * For browser tests (PLENARY_TEST_CLOCK=on only): end now the terms of the mandates this election
 * gave, as if their time had come, so a journey can see their rights go.
 */
export async function endTermsForTest(db: Db, id: number, now = new Date()): Promise<number> {
	const ended = await db
		.update(mandates)
		.set({
			endsAt: sql`greatest(${now}::timestamptz, ${mandates.startsAt} + interval '1 millisecond')`,
			endReason: 'term'
		})
		.where(
			and(
				eq(mandates.electionId, id),
				sql`(${mandates.endsAt} is null or ${mandates.endsAt} > ${now})`
			)
		)
		.returning({ id: mandates.id });
	return ended.length;
}
