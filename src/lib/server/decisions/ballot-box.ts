/**
 * Ballots cast at the same moment on one decision are written together, in one statement: a
 * group commit. When many members vote at once, one ballot at a time would cost each of them the
 * whole round of statements castBallot makes (the decision, the options, eligibility, weight,
 * lock, supersede, insert, event, commit); together, each of those statements is made once for
 * all the ballots waiting, and a ballot costs a fraction of one (docs/performance.md).
 *
 * The rules are castBallot's own, read from the same pieces: the decision open, the policy's
 * `can(actor, 'vote')` for each voter, the ballot read against the options, the voter's weight,
 * and, in the one statement that writes (writeBallotsAtOnce), the decision locked for share if
 * still open, the voters' locks, supersede and insert, and the same event (ballotEvent). Anything
 * the box would have to refuse or explain, it does not: a ballot that is not plainly acceptable
 * (not eligible, badly filled in, a decision that is not open or whose ballots are unlinkable)
 * goes to castBallot alone, which refuses it with its message, as does every ballot of a batch
 * whose statement fails or finds the decision closed. So the box changes how fast ballots go in,
 * never what is accepted or what a refusal says.
 *
 * A batch holds each voter once; a second ballot of the same voter (a double click) waits for the
 * next batch, so it supersedes the first as it would have one at a time. One batch per decision
 * is written at a time; the ballots that arrive meanwhile make the next one, so a lone ballot
 * waits for nothing but its own statements.
 */
import { sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import type { Decision } from '$lib/server/db/schema';
import type { Actor } from '$lib/domain/members/actor';
import { acceptsBallots } from '$lib/domain/decisions/lifecycle';
import { castBallot, readBallot, writeBallotsAtOnce, type CastResult } from './ballots';
import { loadDecision } from './context';
import { eligibleCondition } from './eligibility';
import { can } from './policy';
import { namedOptions } from './tally';
import { voterWeights } from './voter-weight';

type Waiting = {
	actor: Actor;
	values: object;
	settle: (result: Promise<CastResult>) => void;
};

/** The most ballots one transaction writes; more wait for the next. */
const MOST = 500;

const boxes = new WeakMap<Db, Map<number, Waiting[]>>();

/** Cast or change a ballot as castBallot does, written together with those cast beside it. */
export function castBallotTogether(
	db: Db,
	actor: Actor | null,
	id: number,
	raw: unknown
): Promise<CastResult> {
	if (!actor) return castBallot(db, actor, id, raw);
	const values = raw && typeof raw === 'object' ? raw : {};
	let decisions = boxes.get(db);
	if (!decisions) boxes.set(db, (decisions = new Map()));
	const queue = decisions.get(id);
	return new Promise<CastResult>((resolve) => {
		const waiting = { actor, values, settle: resolve };
		if (queue) queue.push(waiting);
		else {
			decisions.set(id, [waiting]);
			setImmediate(() => void drain(db, decisions, id));
		}
	});
}

/** Write the decision's waiting ballots a batch at a time until none is left. */
async function drain(db: Db, decisions: Map<number, Waiting[]>, id: number) {
	for (;;) {
		const queue = decisions.get(id)!;
		const batch: Waiting[] = [];
		const voters = new Set<number>();
		const later: Waiting[] = [];
		for (const w of queue) {
			if (batch.length < MOST && !voters.has(w.actor.id)) {
				batch.push(w);
				voters.add(w.actor.id);
			} else later.push(w);
		}
		if (!batch.length) {
			decisions.delete(id);
			return;
		}
		decisions.set(id, later);
		await writeBatch(db, id, batch);
	}
}

/**
 * In one statement, which of the batch's voters may vote in the decision's scope
 * (eligibleCondition) and which are among its authors, and the decision's options. Nothing is
 * locked: the statement that writes the batch locks the decision and the voters.
 */
async function readBatch(db: Queryable, d: Decision, ids: readonly number[], tiers: string[]) {
	type Voter = { id: number; eligible: boolean; author: boolean };
	type Option = { id: number; label: string; position: number };
	const r = await db.execute<{ voters: Voter[]; options: Option[] }>(sql`
		select
			(select json_agg(json_build_object('id', v,
				'eligible', exists (select 1 from members m where m.id = v and ${eligibleCondition(d, tiers)}),
				'author', exists (select 1 from decision_authors a
					where a.decision_id = ${d.id} and a.member_id = v)))
				from unnest(${sql.param([...ids])}::int[]) v) as voters,
			(select coalesce(json_agg(json_build_object('id', o.id, 'label', o.label,
				'position', o.position) order by o.position), '[]')
				from decision_options o where o.decision_id = ${d.id}) as options`);
	const [row] = r.rows;
	return {
		voters: new Map((row.voters ?? []).map((v) => [Number(v.id), v])),
		options: namedOptions(row.options)
	};
}

/**
 * The batch read (the decision, then its voters and options), checked as castBallot checks one
 * ballot, and written in one statement (writeBallotsAtOnce): three round trips for the batch, and
 * no transaction held open across them.
 */
async function writeBatch(db: Db, id: number, batch: Waiting[]) {
	const now = new Date();
	let written = new Map<Waiting, CastResult>();
	try {
		written = await readAndWrite(db, id, batch, now);
	} catch {
		// Whatever failed the batch, each ballot gets its own transaction and its own answer.
	}
	const alone: Promise<CastResult>[] = [];
	for (const w of batch) {
		const result = written.get(w);
		const answer = result ? Promise.resolve(result) : castBallot(db, w.actor, id, w.values);
		if (!result) alone.push(answer);
		w.settle(answer);
	}
	// The next batch waits for these, so a voter's later ballot still comes after their earlier one.
	await Promise.allSettled(alone);
}

/** The batch's ballots it wrote, each with its answer; writeBatch sends the rest to castBallot. */
async function readAndWrite(db: Db, id: number, batch: Waiting[], now: Date) {
	const done = new Map<Waiting, CastResult>();
	const ctx = await loadDecision(db, null, id);
	const d = ctx.decision;
	if (!acceptsBallots(ctx.subject.phase, d.votingEndsAt, now) || d.unlinkable) return done;
	const tiers = [
		...new Set(batch.filter((w) => w.actor.tierRights.has('vote')).map((w) => w.actor.tier))
	];
	const { voters, options } = await readBatch(
		db,
		d,
		batch.map((w) => w.actor.id),
		tiers
	);
	const shape = { ...ctx, options };
	const taken = batch.flatMap((w) => {
		const voter = voters.get(w.actor.id);
		const subject = {
			...ctx.subject,
			isAuthor: voter?.author ?? false,
			// The actor's tier must carry the right, as loadDecision asks of one voter.
			isEligible: w.actor.tierRights.has('vote') && (voter?.eligible ?? false)
		};
		if (!can(w.actor, 'vote', subject)) return [];
		try {
			return [{ waiting: w, voterId: w.actor.id, reading: readBallot(shape, w.values) }];
		} catch {
			return [];
		}
	});
	if (!taken.length) return done;
	const weights = await voterWeights(
		db,
		d,
		ctx.settings,
		taken.map((t) => t.voterId)
	);
	const cast = taken.map((t) => ({ ...t, weight: weights.get(t.voterId)! }));
	const results = await writeBallotsAtOnce(db, d, cast, now);
	results?.forEach((r, i) => done.set(cast[i].waiting, r));
	return done;
}
