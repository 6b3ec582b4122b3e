/**
 * Unlinkable election ballots: the decisions' protocol (src/lib/server/decisions/unlinkable.ts,
 * src/lib/server/unlinkable) for an election. The electorate is fixed when voting opens; an
 * elector is issued one credential; the ballot is cast without a session, stored under the
 * token's hash with no voter, no time and a random id, and the same token replaces it until the
 * count.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { electionBallots, elections } from '$lib/server/db/schema';
import type { Actor } from '$lib/domain/members/actor';
import { command } from '$lib/server/command';
import { Conflict, NotFound } from '$lib/server/errors';
import {
	CREDENTIAL_KEY,
	SHARED_WEIGHT,
	classKey,
	credentialWeight,
	issueCredential,
	lockToken,
	NO_TIME,
	readCast,
	readCredentialRequest
} from '$lib/server/unlinkable/credentials';
import { randomRowId } from '$lib/server/unlinkable/crypto';
import { ballotCandidates, lockElector, read } from './ballots';
import { loadElection } from './context';
import { electionEvent } from './events';
import { can } from './policy';

/** Advisory lock class for one token's election ballots. */
const TOKEN_LOCK = 7_202;

function closedError(phase: string) {
	return new Conflict(
		phase === 'nominations' ? 'election_error_not_open' : 'election_error_closed'
	);
}

async function openForElector(tx: Queryable, actor: Actor | null, id: number, now: Date) {
	const ctx = await loadElection(tx, actor, id, 'share');
	if (!ctx.election.unlinkable) throw new Conflict('unlinkable_error_not_used');
	if (ctx.election.phase !== 'voting' || ctx.election.votingEndsAt <= now)
		throw closedError(ctx.election.phase);
	return ctx;
}

/** The public key an elector's browser blinds its token with (every ballot weighs the same). */
export const electionBallotKey = command({
	input: (id: number, now: Date = new Date()) => ({ id, now }),
	load: (tx, actor, { id, now }) => openForElector(tx, actor, id, now),
	allow: (actor, ctx) => can(actor, 'vote', ctx.subject),
	forbidden: 'election_error_not_eligible',
	run: (tx, _actor, _ctx, { id }) => classKey(tx, 'election', id, SHARED_WEIGHT),
	event: () => null
});

/** Sign an elector's blinded token, once; not for one who already voted the ordinary way. */
export const issueElectionCredential = command({
	input: (id: number, raw: unknown, now: Date = new Date()) => ({
		id,
		blinded: readCredentialRequest(raw),
		now
	}),
	load: (tx, actor, { id, now }) => openForElector(tx, actor, id, now),
	allow: (actor, ctx) => can(actor, 'vote', ctx.subject),
	forbidden: 'election_error_not_eligible',
	run: async (tx, actor, _ctx, { id, blinded }) => {
		await lockElector(tx, actor.id);
		const [linked] = await tx
			.select({ id: electionBallots.id })
			.from(electionBallots)
			.where(and(eq(electionBallots.electionId, id), eq(electionBallots.voterId, actor.id)))
			.limit(1);
		if (linked) throw new Conflict('unlinkable_error_voted_linked');
		return issueCredential(tx, 'election', id, actor.id, SHARED_WEIGHT, blinded);
	},
	event: (_out, _ctx, { id }, actor) =>
		electionEvent(actor.id, id, { type: 'election-ballot.credential-issued' }),
	conflicts: { [CREDENTIAL_KEY]: 'unlinkable_error_credential_issued' }
});

/** Cast (or replace) an unlinkable election ballot: no actor; the credential is the right. */
export const castUnlinkableElectionBallot = command({
	anonymous: true,
	input: (id: number, raw: unknown, now: Date = new Date()) => ({ id, cast: readCast(raw), now }),
	load: async (tx, _actor, { id, now }) => {
		const [election] = await tx.select().from(elections).where(eq(elections.id, id)).for('share');
		if (!election || !election.unlinkable) throw new NotFound('election_error_not_found');
		if (election.phase !== 'voting' || election.votingEndsAt <= now)
			throw closedError(election.phase);
		return { election, candidates: await ballotCandidates(tx, id) };
	},
	allow: () => true,
	run: async (tx, _actor, ctx, { id, cast }) => {
		const { tokenHash } = await credentialWeight(tx, 'election', id, cast);
		const choice = read(ctx, cast.values);
		await lockToken(tx, TOKEN_LOCK, tokenHash);
		const superseded = await tx
			.update(electionBallots)
			.set({ supersededAt: NO_TIME })
			.where(
				and(
					eq(electionBallots.electionId, id),
					eq(electionBallots.tokenHash, tokenHash),
					isNull(electionBallots.supersededAt)
				)
			)
			.returning({ id: electionBallots.id });
		await tx.execute(sql`
			insert into election_ballots (id, election_id, token_hash, choice, cast_at)
			overriding system value
			values (${randomRowId()}, ${id}, ${tokenHash}, ${JSON.stringify(choice)}::jsonb,
				${NO_TIME.toISOString()}::timestamptz)`);
		return { changed: superseded.length > 0 };
	},
	// None: its time, beside the credential's, would point at the voter.
	event: () => null,
	conflicts: { election_ballots_current_token_key: 'unlinkable_error_race' }
});
