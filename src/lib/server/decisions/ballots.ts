import { randomInt } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { stakeDeclarations, type Decision } from '$lib/server/db/schema';
import type { Queryable } from '$lib/server/db/client';
import { insertColumns } from '$lib/server/db/columns';
import { eventRows } from '$lib/server/events/append';
import { command } from '$lib/server/command';
import { hasCredential } from '$lib/server/unlinkable/credentials';
import { Conflict, Invalid } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { stakeInput } from '$lib/schemas/decisions';
import { readChoice } from '$lib/domain/decisions/ballot-choice';
import { acceptsBallots } from '$lib/domain/decisions/lifecycle';
import { validStake } from '$lib/domain/decisions/weights';
import type { BallotType } from '$lib/domain/decisions/types';
import { loadDecision, type DecisionContext } from './context';
import { decisionEvent } from './events';
import { can } from './policy';
import { countOptions, type CountOption } from './tally';
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

/**
 * One voter's ballots go in one at a time (a double click, two tabs), and so does their
 * credential for an unlinkable ballot: a member cannot both take a credential and cast a ballot
 * in their name by racing the two.
 */
export async function lockVoter(tx: Queryable, voterId: number) {
	await tx.execute(votersLocked([voterId]));
}

/**
 * A query that takes the voters' locks, always in ascending order so two batches cannot deadlock,
 * and gives a row (`v`) per voter: ballot-box.ts reads its voters beside it in the same statement.
 */
export function votersLocked(voterIds: readonly number[]): SQL {
	const ids = [...voterIds].sort((a, b) => a - b);
	return sql`select v, pg_advisory_xact_lock(${BALLOT_LOCK}::int, v)
		from (select v from unnest(${sql.param(ids)}::int[]) v order by v) ordered`;
}

export type CastResult = { receipt: string | null; weight: number; changed: boolean };

/** The ballot form read against the decision's options; bad input is an Invalid on its field. */
export function readBallot(
	ctx: Pick<DecisionContext, 'decision' | 'settings'> & { options: CountOption[] },
	values: object
) {
	const d = ctx.decision;
	const reading = readChoice(
		{
			ballotType: d.ballotType as BallotType,
			method: d.method,
			options: ctx.options.map((o) => o.id),
			scoreMax: ctx.settings.scoreMax
		},
		values as Record<string, unknown>
	);
	if (!reading.ok) throw new Invalid('error_form', { [reading.field]: reading.key });
	return reading;
}

/**
 * Cast or change a ballot. The decision row is locked for share, so many ballots go in at once
 * but none slips past the close (which locks it for update). A changed vote supersedes the old
 * one; the partial unique index keeps one current ballot per voter even under a race.
 */
export const castBallot = command({
	input: (id: number, raw: unknown, now: Date = new Date()) => ({
		id,
		values: raw && typeof raw === 'object' ? raw : {},
		now
	}),
	load: async (tx, actor, { id, now }) => {
		const ctx = await loadDecision(tx, actor, id, 'share');
		const d = ctx.decision;
		// Closed to everyone alike, before anyone is asked who they are.
		if (!acceptsBallots(ctx.subject.phase, d.votingEndsAt, now))
			throw new Conflict(
				d.phase === 'closed' || d.phase === 'voting'
					? 'ballot_error_closed'
					: 'ballot_error_not_open'
			);
		return { ...ctx, options: await countOptions(tx, id) };
	},
	allow: (actor, ctx) => can(actor, 'vote', ctx.subject),
	forbidden: 'ballot_error_not_eligible',
	check: (ctx, { values }) => void readBallot(ctx, values),
	run: async (tx, actor, ctx, { id, values, now }): Promise<CastResult> => {
		const reading = readBallot(ctx, values);
		const weight = await voterWeight(tx, ctx.decision, ctx.settings, actor.id);
		// One voter's ballots go in one at a time (a double click, two tabs), so the old one is
		// always superseded before the new one is written.
		await lockVoter(tx, actor.id);
		// Unlinkable, cast without JavaScript: allowed (an ordinary secret ballot) unless the member
		// already holds a credential, which would give them a second ballot.
		if (ctx.decision.unlinkable && (await hasCredential(tx, 'decision', id, actor.id)))
			throw new Conflict('unlinkable_error_credential_held');
		const [out] = await writeBallots(
			tx,
			ctx.decision,
			[{ voterId: actor.id, reading, weight }],
			now
		);
		return out;
	},
	event: (out, ctx, _input, actor) => ballotEvent(out, ctx.decision, actor.id)
});

type Reading = ReturnType<typeof readBallot>;

/**
 * Write ballots already checked, each voter at most once and locked (votersLocked): the voters'
 * current ballots are superseded and the new ones inserted, a statement each for all of them.
 * With `logged`, their events (ballotEvent) go in the same statement as the ballots; otherwise the
 * caller appends them (castBallot's command does).
 */
export async function writeBallots(
	tx: Queryable,
	decision: Pick<Decision, 'id' | 'secret'>,
	cast: readonly { voterId: number; reading: Reading; weight: number }[],
	now: Date,
	{ logged = false }: { logged?: boolean } = {}
): Promise<CastResult[]> {
	const voters = cast.map((c) => c.voterId);
	const superseded = await tx.execute<{ voter: number }>(sql`update ballots
		set superseded_at = ${now.toISOString()}::timestamptz
		where decision_id = ${decision.id} and voter_id = any(${sql.param(voters)}::bigint[])
			and superseded_at is null
		returning voter_id::int as voter`);
	const changed = new Set(superseded.rows.map((s) => Number(s.voter)));
	const rows = cast.map((c) => ({
		voterId: c.voterId,
		// Open ballots show the reason beside the name; secret ones only in the anonymised file.
		reason: c.reading.reason,
		weight: c.weight,
		receipt: decision.secret ? newReceipt() : null
	}));
	const results = rows.map((r) => ({
		receipt: r.receipt,
		weight: r.weight,
		changed: changed.has(r.voterId)
	}));
	const at = now.toISOString();
	const ballotRows = {
		table: 'ballots',
		columns: [
			{ name: 'decision_id', type: 'bigint', values: rows.map(() => decision.id) },
			{ name: 'voter_id', type: 'bigint', values: voters },
			{
				name: 'choice',
				type: 'text',
				cast: 'jsonb',
				values: cast.map((c) => JSON.stringify(c.reading.choice))
			},
			{ name: 'reason', type: 'text', values: rows.map((r) => r.reason) },
			{ name: 'weight', type: 'int', values: rows.map((r) => r.weight) },
			{ name: 'receipt', type: 'text', values: rows.map((r) => r.receipt) },
			{ name: 'cast_at', type: 'timestamptz', values: rows.map(() => at) }
		]
	};
	const events = logged ? results.map((r, i) => ballotEvent(r, decision, voters[i])) : [];
	await insertColumns(tx, ballotRows, eventRows(events));
	return results;
}

/**
 * Never the choice: the event log is read by feeds and notifications. Nor a secret ballot's
 * weight: beside the voter and the time, it would be the first clue to the ballot's content.
 */
export function ballotEvent(
	out: CastResult,
	decision: Pick<Decision, 'id' | 'secret'>,
	voterId: number
) {
	return decisionEvent(voterId, decision.id, {
		type: out.changed ? 'ballot.changed' : 'ballot.cast',
		data: decision.secret ? {} : { weight: out.weight }
	});
}

/**
 * Declare how affected one is, on the decision's scale, with a reason. Public, even when ballots
 * are secret. Declaring again replaces the declaration; ballots already cast keep their weight.
 */
export const declareStake = command({
	input: (id: number, raw: unknown) => ({ id, ...parseInput(stakeInput, raw) }),
	// Shared: no declaration lands after the close has counted.
	load: (tx, actor, { id }) => loadDecision(tx, actor, id, 'share'),
	allow: (actor, ctx) => can(actor, 'declare-stake', ctx.subject),
	forbidden: 'stake_error_not_eligible',
	check: (ctx, { level }) => {
		if (ctx.decision.weighting !== 'stake') throw new Conflict('stake_error_not_used');
		if (!validStake(level, ctx.settings))
			throw new Invalid('error_form', { level: 'stake_error_out_of_scale' });
	},
	run: async (tx, actor, _ctx, { id, level, reason }) => {
		await tx
			.insert(stakeDeclarations)
			.values({ decisionId: id, memberId: actor.id, level, reason })
			.onConflictDoUpdate({
				target: [stakeDeclarations.decisionId, stakeDeclarations.memberId],
				set: { level, reason, declaredAt: sql`now()` }
			});
	},
	event: (_out, _ctx, { id, level }, actor) =>
		decisionEvent(actor.id, id, { type: 'stake.declared', data: { level } })
});
