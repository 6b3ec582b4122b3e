import { randomInt } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { stakeDeclarations, type Decision } from '$lib/server/db/schema';
import type { Db, Queryable } from '$lib/server/db/client';
import { executeNamed } from '$lib/server/db/named';
import { columnInsert, insertColumns, type Insert } from '$lib/server/db/columns';
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

type Cast = { voterId: number; reading: Reading; weight: number };

/** The ballots as rows (db/columns.ts), with what each voter is told but whether it changed one. */
function ballotRows(decision: Pick<Decision, 'id' | 'secret'>, cast: readonly Cast[], now: Date) {
	const at = now.toISOString();
	// Open ballots show the reason beside the name; secret ones only in the anonymised file.
	const receipts = cast.map(() => (decision.secret ? newReceipt() : null));
	const rows: Insert = {
		table: 'ballots',
		columns: [
			{ name: 'decision_id', type: 'bigint', values: cast.map(() => decision.id) },
			{ name: 'voter_id', type: 'bigint', values: cast.map((c) => c.voterId) },
			{
				name: 'choice',
				type: 'text',
				cast: 'jsonb',
				values: cast.map((c) => JSON.stringify(c.reading.choice))
			},
			{ name: 'reason', type: 'text', values: cast.map((c) => c.reading.reason) },
			{ name: 'weight', type: 'int', values: cast.map((c) => c.weight) },
			{ name: 'receipt', type: 'text', values: receipts },
			{ name: 'cast_at', type: 'timestamptz', values: cast.map(() => at) }
		]
	};
	const told = (changed: Set<number>): CastResult[] =>
		cast.map((c, i) => ({
			receipt: receipts[i],
			weight: c.weight,
			changed: changed.has(c.voterId)
		}));
	return { rows, told };
}

/**
 * The voters' current ballots marked superseded; as a query, or a part of one. The voters come as
 * an array (`= any`), which the index of current ballots answers voter by voter: as a subquery
 * (`in (select …)`), PostgreSQL read every current ballot of the decision for each batch.
 */
function supersede(decisionId: number, voters: SQL, now: Date): SQL {
	return sql`update ballots set superseded_at = ${now.toISOString()}::timestamptz
		where decision_id = ${decisionId} and voter_id = any(${voters}) and superseded_at is null
		returning voter_id::int as voter`;
}

/**
 * Write ballots already checked, each voter at most once and locked (votersLocked): the voters'
 * current ballots are superseded and the new ones inserted, a statement each. castBallot's
 * command appends the event.
 */
export async function writeBallots(
	tx: Queryable,
	decision: Pick<Decision, 'id' | 'secret'>,
	cast: readonly Cast[],
	now: Date
): Promise<CastResult[]> {
	const voters = sql`${sql.param(cast.map((c) => c.voterId))}::bigint[]`;
	const superseded = await tx.execute<{ voter: number }>(supersede(decision.id, voters, now));
	const { rows, told } = ballotRows(decision, cast, now);
	await insertColumns(tx, rows);
	return told(new Set(superseded.rows.map((s) => Number(s.voter))));
}

/**
 * Write a batch of ballots already checked (ballot-box.ts), each voter at most once, in one
 * statement and so one round trip, without a transaction of the caller's: the decision is locked
 * for share if it still takes ballots (`open`, the condition acceptsBallots checked when it was
 * read), the voters are locked (votersLocked), their current ballots superseded, the new ones
 * inserted with their events; its text is the same for every batch, so it runs under a name
 * (executeNamed). The supersede runs to the end before the insert reads the count of
 * what it marked, so the partial unique index sees the old ballots as gone. Null when nothing was
 * written because the decision no longer takes ballots; a voter whose ballot another process
 * wrote after this statement began makes it fail on that index, and the caller casts alone.
 */
export async function writeBallotsAtOnce(
	db: Db,
	decision: Pick<Decision, 'id' | 'secret'>,
	cast: readonly Cast[],
	now: Date
): Promise<CastResult[] | null> {
	const { rows, told } = ballotRows(decision, cast, now);
	const event = (changed: boolean) =>
		eventRows(
			cast.map((c) =>
				ballotEvent({ receipt: null, weight: c.weight, changed }, decision, c.voterId)
			)
		);
	const open = sql`phase = 'voting' and voting_ends_at > ${now.toISOString()}::timestamptz
		and not unlinkable`;
	const [row] = await executeNamed<{ locked: number; changed: number[] }>(
		db,
		'plenary_ballot_batch',
		sql`
		with d as materialized (select id from decisions where id = ${decision.id} and ${open} for share),
		locked as materialized (${votersLocked(cast.map((c) => c.voterId))}
			where exists (select 1 from d)),
		old as (${supersede(decision.id, sql`array(select v::bigint from locked)`, now)}),
		b as (${columnInsert(
			rows,
			sql`(select count(*) from old) >= 0
			and exists (select 1 from locked)`
		)}),
		cast_events as (${columnInsert(
			event(false),
			sql`exists (select 1 from locked)
			and u.actor_id not in (select voter from old)`
		)}),
		changed_events as (${columnInsert(event(true), sql`u.actor_id in (select voter from old)`)})
		select (select count(*) from locked)::int as locked,
			coalesce((select array_agg(voter) from old), '{}') as changed`
	);
	if (row.locked !== cast.length) return null;
	return told(new Set(row.changed.map(Number)));
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
