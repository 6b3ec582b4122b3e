/**
 * Unlinkable secret ballots of a decision (protocol and limits: src/lib/server/unlinkable and
 * docs/ballot-secrecy.md). Three steps: the eligible member's browser reads the key of their
 * weight class; asks, logged in, for its blinded token to be signed (once: the record of the
 * credential is the turnout and refuses a second); then casts, with no session, the ballot with
 * the token and the unblinded signature. The ballot row holds no voter, no time and no ordered
 * id; the same token replaces its own ballot until the close.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { ballots, decisions } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, NotFound } from '$lib/server/errors';
import { acceptsBallots } from '$lib/domain/decisions/lifecycle';
import { readSettings, type Phase } from '$lib/domain/decisions/types';
import type { DecisionActor } from './policy';
import {
	CREDENTIAL_KEY,
	classKey,
	credentialWeight,
	issueCredential,
	lockToken,
	NO_TIME,
	readCast,
	readCredentialRequest
} from '$lib/server/unlinkable/credentials';
import { randomRowId } from '$lib/server/unlinkable/crypto';
import { lockVoter, newReceipt, readBallot } from './ballots';
import { loadDecision } from './context';
import { decisionEvent } from './events';
import { can } from './policy';
import { countOptions } from './tally';
import { voterWeight } from './voter-weight';

/** Advisory lock class for one token's ballots (second key: a hash of the token's hash). */
const TOKEN_LOCK = 7_102;

function closedError(phase: string) {
	return new Conflict(
		phase === 'closed' || phase === 'voting' ? 'ballot_error_closed' : 'ballot_error_not_open'
	);
}

/** The decision, shared-locked against the close, for a member about to take part. */
async function openForMember(tx: Queryable, actor: DecisionActor, id: number, now: Date) {
	const ctx = await loadDecision(tx, actor, id, 'share');
	if (!ctx.decision.unlinkable) throw new Conflict('unlinkable_error_not_used');
	if (!acceptsBallots(ctx.subject.phase, ctx.decision.votingEndsAt, now))
		throw closedError(ctx.decision.phase);
	return ctx;
}

/** The public key the member's browser blinds its token with (made on the first request). */
export const decisionBallotKey = command({
	input: (id: number, now: Date = new Date()) => ({ id, now }),
	load: (tx, actor, { id, now }) => openForMember(tx, actor, id, now),
	allow: (actor, ctx) => can(actor, 'vote', ctx.subject),
	forbidden: 'ballot_error_not_eligible',
	run: async (tx, actor, ctx, { id }) =>
		classKey(tx, 'decision', id, await voterWeight(tx, ctx.decision, ctx.settings, actor.id)),
	event: () => null
});

/**
 * Sign the member's blinded token, once. A member who cast a ballot the ordinary way (without
 * JavaScript) holds no credential and gets none: it would be a second ballot.
 */
export const issueDecisionCredential = command({
	input: (id: number, raw: unknown, now: Date = new Date()) => ({
		id,
		blinded: readCredentialRequest(raw),
		now
	}),
	load: (tx, actor, { id, now }) => openForMember(tx, actor, id, now),
	allow: (actor, ctx) => can(actor, 'vote', ctx.subject),
	forbidden: 'ballot_error_not_eligible',
	run: async (tx, actor, ctx, { id, blinded }) => {
		await lockVoter(tx, actor.id);
		const [linked] = await tx
			.select({ id: ballots.id })
			.from(ballots)
			.where(and(eq(ballots.decisionId, id), eq(ballots.voterId, actor.id)))
			.limit(1);
		if (linked) throw new Conflict('unlinkable_error_voted_linked');
		const weight = await voterWeight(tx, ctx.decision, ctx.settings, actor.id);
		return issueCredential(tx, 'decision', id, actor.id, weight, blinded);
	},
	event: (_out, _ctx, { id }, actor) =>
		decisionEvent(actor.id, id, { type: 'ballot.credential-issued' }),
	conflicts: { [CREDENTIAL_KEY]: 'unlinkable_error_credential_issued' }
});

export type UnlinkableCast = { receipt: string; weight: number; changed: boolean };

/**
 * Cast (or replace) an unlinkable ballot: no actor, the credential is the right to vote. The
 * decision is read without the viewing policy (the caller is nobody), but only as far as an
 * unlinkable ballot open for voting; anything else is not found or closed, the same for all.
 */
export const castUnlinkableBallot = command({
	anonymous: true,
	input: (id: number, raw: unknown, now: Date = new Date()) => ({ id, cast: readCast(raw), now }),
	load: async (tx, _actor, { id, now }) => {
		const [decision] = await tx.select().from(decisions).where(eq(decisions.id, id)).for('share');
		if (!decision || !decision.unlinkable || decision.phase === 'draft')
			throw new NotFound('decision_error_not_found');
		if (!acceptsBallots(decision.phase as Phase, decision.votingEndsAt, now))
			throw closedError(decision.phase);
		return {
			decision,
			settings: readSettings(decision.settings),
			options: await countOptions(tx, id)
		};
	},
	allow: () => true,
	run: async (tx, _actor, ctx, { id, cast }): Promise<UnlinkableCast> => {
		const { weight, tokenHash } = await credentialWeight(tx, 'decision', id, cast);
		const reading = readBallot(ctx, cast.values);
		await lockToken(tx, TOKEN_LOCK, tokenHash);
		const superseded = await tx
			.update(ballots)
			.set({ supersededAt: NO_TIME })
			.where(
				and(
					eq(ballots.decisionId, id),
					eq(ballots.tokenHash, tokenHash),
					isNull(ballots.supersededAt)
				)
			)
			.returning({ id: ballots.id });
		const receipt = newReceipt();
		// A random id and no time (NO_TIME): nothing in the row says when, or in what order, it came.
		await tx.execute(sql`
			insert into ballots (id, decision_id, token_hash, choice, reason, weight, receipt, cast_at)
			overriding system value
			values (${randomRowId()}, ${id}, ${tokenHash}, ${JSON.stringify(reading.choice)}::jsonb,
				${reading.reason}, ${weight}, ${receipt}, ${NO_TIME.toISOString()}::timestamptz)`);
		return { receipt, weight, changed: superseded.length > 0 };
	},
	// Deliberately none: an event's time, beside the credential's, would point at the voter.
	event: () => null,
	conflicts: { ballots_current_token_key: 'unlinkable_error_race' }
});
