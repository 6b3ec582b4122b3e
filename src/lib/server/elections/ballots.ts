/**
 * Casting an election ballot, with the concurrency reasoning of decisions' ballots.ts: the election
 * row is locked for share, so many ballots go in at once but none slips past the close (which locks
 * it for update); one voter's ballots go in one at a time (an advisory lock per voter), and a
 * changed vote supersedes the old one, the partial unique index keeping one current ballot per
 * voter even under a race. The event never carries the choice.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { candidacies, electionBallots } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { hasCredential } from '$lib/server/unlinkable/credentials';
import { Conflict, Invalid } from '$lib/server/errors';
import { readElectionBallot } from '$lib/domain/elections/ballot';
import { loadElection, type ElectionContext } from './context';
import { electionEvent } from './events';
import { can } from './policy';

/** Advisory lock class for one voter's election ballots (second key: the voter). */
const BALLOT_LOCK = 7_201;

/** One voter's ballots, and their unlinkable credential, go in one at a time. */
export async function lockElector(tx: Queryable, voterId: number) {
	await tx.execute(sql`select pg_advisory_xact_lock(${BALLOT_LOCK}::int, ${voterId}::int)`);
}

/** The candidacies on the ballot: consented and not withdrawn, as the count's candidate ids. */
export async function ballotCandidates(db: Queryable, electionId: number): Promise<string[]> {
	const rows = await db
		.select({ id: candidacies.id })
		.from(candidacies)
		.where(
			and(
				eq(candidacies.electionId, electionId),
				sql`${candidacies.consentedAt} is not null`,
				isNull(candidacies.withdrawnAt)
			)
		)
		.orderBy(asc(candidacies.id));
	return rows.map((r) => String(r.id));
}

export function read(
	ctx: Pick<ElectionContext, 'election'> & { candidates: string[] },
	values: object
) {
	const reading = readElectionBallot(
		ctx.election.method,
		ctx.candidates,
		values as Record<string, unknown>
	);
	if (!reading.ok) throw new Invalid('error_form', { [reading.field]: reading.key });
	return reading.choice;
}

export const castElectionBallot = command({
	input: (id: number, raw: unknown, now: Date = new Date()) => ({
		id,
		values: raw && typeof raw === 'object' ? raw : {},
		now
	}),
	load: async (tx, actor, { id, now }) => {
		const ctx = await loadElection(tx, actor, id, 'share');
		if (ctx.election.phase !== 'voting' || ctx.election.votingEndsAt <= now)
			throw new Conflict(
				ctx.election.phase === 'nominations' ? 'election_error_not_open' : 'election_error_closed'
			);
		return { ...ctx, candidates: await ballotCandidates(tx, id) };
	},
	allow: (actor, ctx) => can(actor, 'vote', ctx.subject),
	forbidden: 'election_error_not_eligible',
	check: (ctx, { values }) => void read(ctx, values),
	run: async (tx, actor, ctx, { id, values, now }) => {
		const choice = read(ctx, values);
		await lockElector(tx, actor.id);
		// Without JavaScript an unlinkable election takes an ordinary ballot, unless the member
		// already holds a credential, which would give them a second one.
		if (ctx.election.unlinkable && (await hasCredential(tx, 'election', id, actor.id)))
			throw new Conflict('unlinkable_error_credential_held');
		const superseded = await tx
			.update(electionBallots)
			.set({ supersededAt: now })
			.where(
				and(
					eq(electionBallots.electionId, id),
					eq(electionBallots.voterId, actor.id),
					isNull(electionBallots.supersededAt)
				)
			)
			.returning({ id: electionBallots.id });
		await tx
			.insert(electionBallots)
			.values({ electionId: id, voterId: actor.id, choice, castAt: now });
		return { changed: superseded.length > 0 };
	},
	event: (out, _ctx, { id }, actor) =>
		electionEvent(actor.id, id, {
			type: out.changed ? 'election-ballot.changed' : 'election-ballot.cast'
		}),
	conflicts: { election_ballots_current_key: 'election_error_ballot_race' }
});
