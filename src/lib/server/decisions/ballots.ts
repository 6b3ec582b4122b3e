import { randomInt } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { ballots, stakeDeclarations } from '$lib/server/db/schema';
import { Conflict, Invalid } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import { parseInput } from '$lib/server/validation';
import { stakeInput } from '$lib/schemas/decisions';
import { readChoice } from '$lib/domain/decisions/ballot-choice';
import { acceptsBallots } from '$lib/domain/decisions/lifecycle';
import { validStake } from '$lib/domain/decisions/weights';
import type { BallotType, Phase } from '$lib/domain/decisions/types';
import type { Actor } from '$lib/server/members/policy';
import { authorise, loadDecision } from './context';
import { countOptions } from './tally';
import { voterWeight } from './voter-weight';

/** Receipt codes: 12 characters from an alphabet without look-alikes, in groups of four. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export function newReceipt(): string {
	let code = '';
	for (let i = 0; i < 12; i++) code += ALPHABET[randomInt(ALPHABET.length)];
	return code.replace(/(.{4})(?=.)/g, '$1-');
}

/** Advisory lock class for one voter's ballots (second key: the voter). */
const BALLOT_LOCK = 7_101;

export type CastResult = { receipt: string | null; weight: number; changed: boolean };

/**
 * Cast or change a ballot. The decision row is locked for share, so many ballots go in at once
 * but none slips past the close (which locks it for update). A changed vote supersedes the old
 * one; the partial unique index keeps one current ballot per voter even under a race.
 */
export async function castBallot(
	db: Db,
	actor: Actor,
	id: number,
	raw: unknown,
	now = new Date()
): Promise<CastResult> {
	const values = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	return db.transaction(async (tx) => {
		const ctx = await loadDecision(tx, actor, id, 'share');
		const d = ctx.decision;
		if (!acceptsBallots(d.phase as Phase, d.votingEndsAt, now))
			throw new Conflict(
				d.phase === 'closed' || d.phase === 'voting'
					? 'ballot_error_closed'
					: 'ballot_error_not_open'
			);
		authorise(actor, 'vote', ctx, 'ballot_error_not_eligible');
		const options = await countOptions(tx, id);
		const reading = readChoice(
			{
				ballotType: d.ballotType as BallotType,
				method: d.method,
				options: options.map((o) => o.id),
				scoreMax: ctx.settings.scoreMax
			},
			values
		);
		if (!reading.ok) throw new Invalid('error_form', { [reading.field]: reading.key });
		const weight = await voterWeight(tx, d, ctx.settings, actor.id);
		// One voter's ballots go in one at a time (a double click, two tabs), so the old one is
		// always superseded before the new one is written.
		await tx.execute(sql`select pg_advisory_xact_lock(${BALLOT_LOCK}::int, ${actor.id}::int)`);
		const superseded = await tx
			.update(ballots)
			.set({ supersededAt: now })
			.where(
				and(eq(ballots.decisionId, id), eq(ballots.voterId, actor.id), isNull(ballots.supersededAt))
			)
			.returning({ id: ballots.id });
		const receipt = d.secret ? newReceipt() : null;
		await tx.insert(ballots).values({
			decisionId: id,
			voterId: actor.id,
			choice: reading.choice,
			// Open ballots show the reason beside the name; secret ones only in the anonymised file.
			reason: reading.reason,
			weight,
			receipt,
			castAt: now
		});
		await appendEvent(tx, {
			type: superseded.length ? 'ballot.changed' : 'ballot.cast',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: id,
			// Never the choice: the event log is read by feeds and notifications.
			data: { weight }
		});
		return { receipt, weight, changed: superseded.length > 0 };
	});
}

/** Declare how affected one is, on the decision's scale, with a reason. Public, even when ballots are secret. */
export async function declareStake(db: Db, actor: Actor, id: number, raw: unknown) {
	const ctx = await loadDecision(db, actor, id);
	authorise(actor, 'declare-stake', ctx, 'stake_error_not_eligible');
	if (ctx.decision.weighting !== 'stake') throw new Conflict('stake_error_not_used');
	const input = parseInput(stakeInput, raw);
	if (!validStake(input.level, ctx.settings))
		throw new Invalid('error_form', { level: 'stake_error_out_of_scale' });
	await db.transaction(async (tx) => {
		await tx
			.insert(stakeDeclarations)
			.values({ decisionId: id, memberId: actor.id, level: input.level, reason: input.reason })
			.onConflictDoUpdate({
				target: [stakeDeclarations.decisionId, stakeDeclarations.memberId],
				set: { level: input.level, reason: input.reason, declaredAt: sql`now()` }
			});
		await appendEvent(tx, {
			type: 'stake.declared',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: id,
			data: { level: input.level }
		});
	});
}
