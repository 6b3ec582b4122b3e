/**
 * The life of a jury case, shared by the commands and the scheduler: opening a case when an item
 * has been flagged enough, drawing a jury, deciding, and drawing again when a jury misses its
 * quorum. Every step runs inside the caller's transaction, on the case's locked row.
 *
 * Who may sit: active members (confirmed, not lapsed, of a tier that votes) who have not opted
 * out, except the item's author, its flaggers, the participants of its discussion (the registry's
 * `participantIds`) and anyone who already sat on this case or, for an appeal, on the first one.
 * The pool is ordered by member id and the jury drawn with a recorded seed (domain/moderation).
 */
import '$lib/server/moderatables';
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { flags, jurors, juryCases, juryDraws, postingSuspensions } from '$lib/server/db/schema';
import {
	decide,
	drawPositions,
	hides,
	type JuryPolicy,
	type Outcome,
	type Verdict
} from '$lib/domain/moderation/jury';
import { appendEvent } from '$lib/server/events/append';
import { eventAbout } from '$lib/server/events/about';
import { eligibleCondition, votingTiers } from '$lib/server/decisions/eligibility';
import { moderationSubjectOf } from './subjects';
import { juryPolicy } from './settings';

export type JuryCase = typeof juryCases.$inferSelect;

const hours = (n: number) => new Date(Date.now() + n * 3_600_000);

/** Members who may not sit on this case's jury (before the pool's own rules). */
async function excludedFrom(tx: Tx, c: JuryCase, participantIds: number[]): Promise<number[]> {
	const flaggers = await tx
		.select({ id: flags.memberId })
		.from(flags)
		.where(and(eq(flags.subjectType, c.subjectType), eq(flags.subjectId, c.subjectId)));
	const cases = c.appealOf ? [c.id, c.appealOf] : [c.id];
	const sat = await tx
		.select({ id: jurors.memberId })
		.from(jurors)
		.where(inArray(jurors.caseId, cases));
	return [
		...(c.authorId === null ? [] : [c.authorId]),
		...participantIds,
		...flaggers.map((f) => f.id),
		...sat.map((s) => s.id)
	];
}

/**
 * The pool: every member who may sit, ordered by id (the order the published draw uses). Who is
 * active is the decisions' own rule: an eligible voter of the whole organisation.
 */
async function poolFor(tx: Tx, excluded: number[]): Promise<number[]> {
	const active = eligibleCondition(
		{ scopeKind: 'organisation', scopeId: null },
		await votingTiers(tx)
	);
	const list = [...new Set(excluded.map(Number))];
	const notExcluded = list.length
		? sql`and m.id not in (${sql.join(
				list.map((id) => sql`${id}`),
				sql`, `
			)})`
		: sql``;
	const { rows } = await tx.execute<{ id: number }>(sql`
		select m.id::int as id from members m
		where ${active} ${notExcluded}
			and not exists (select 1 from jury_opt_outs o where o.member_id = m.id)
		order by m.id`);
	return rows.map((r) => Number(r.id));
}

/** Draw the case's jury for `round`, record the seed, and tell the jurors (by the event). */
export async function drawJury(tx: Tx, c: JuryCase, round: number, policy: JuryPolicy) {
	const item = await moderationSubjectOf(c.subjectType).load(tx, c.subjectId);
	const pool = await poolFor(tx, await excludedFrom(tx, c, item?.participantIds ?? []));
	const seed = `${c.id}-${round}-${randomBytes(8).toString('hex')}`;
	const positions = drawPositions(seed, pool.length, policy.jurySize);
	const deadline = hours(policy.deadlineHours);
	await tx
		.insert(juryDraws)
		.values({ caseId: c.id, round, seed, poolSize: pool.length, positions, deadline });
	if (positions.length)
		await tx
			.insert(jurors)
			.values(positions.map((p) => ({ caseId: c.id, memberId: pool[p], round })));
	await tx.update(juryCases).set({ round, deadline }).where(eq(juryCases.id, c.id));
	await appendEvent(
		tx,
		eventAbout('jury-case', c.id, null, {
			type: 'jury-case.drawn',
			data: { round, jurors: positions.length }
		})
	);
}

/**
 * After a flag: open the item's case once it has `flagsToOpen` flags and has none yet. The case
 * opens with no actor, so the log never says whose flag opened it. A second case for one item is
 * refused by the unique index, so two flags at once open one case.
 */
export async function openCaseIfDue(tx: Tx, subjectType: string, subjectId: number) {
	const policy = await juryPolicy(tx);
	const [{ n }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(flags)
		.where(and(eq(flags.subjectType, subjectType), eq(flags.subjectId, subjectId)));
	if (Number(n) < policy.flagsToOpen) return null;
	const item = await moderationSubjectOf(subjectType).load(tx, subjectId);
	if (!item) return null;
	const { rows } = await tx.execute<{ id: number }>(sql`
		insert into jury_cases (subject_type, subject_id, author_id, title, deadline)
		values (${subjectType}, ${subjectId}, ${item.authorId}, ${item.title}, ${hours(policy.deadlineHours).toISOString()})
		on conflict (subject_type, subject_id) where appeal_of is null do nothing
		returning id::int as id`);
	if (!rows[0]) return null;
	const c = await lockCase(tx, Number(rows[0].id));
	await drawJury(tx, c!, 1, policy);
	return c!.id;
}

/** Open the appeal of a decided case: a new case about the same item, before a new jury. */
export async function openAppeal(tx: Tx, first: JuryCase, reason: string) {
	const policy = await juryPolicy(tx);
	const [created] = await tx
		.insert(juryCases)
		.values({
			subjectType: first.subjectType,
			subjectId: first.subjectId,
			authorId: first.authorId,
			title: first.title,
			appealOf: first.id,
			appealReason: reason,
			deadline: hours(policy.deadlineHours)
		})
		.returning();
	await drawJury(tx, created, 1, policy);
	return created;
}

export async function lockCase(tx: Tx, id: number): Promise<JuryCase | null> {
	const [c] = await tx.select().from(juryCases).where(eq(juryCases.id, id)).for('update');
	return c ?? null;
}

/** The votes of the case's current jury. */
async function votesOf(tx: Tx, c: JuryCase) {
	const rows = await tx
		.select({ verdict: jurors.verdict, days: jurors.suspendDays })
		.from(jurors)
		.where(and(eq(jurors.caseId, c.id), eq(jurors.round, c.round)));
	return {
		seats: rows.length,
		votes: rows.flatMap((r) => (r.verdict ? [{ verdict: r.verdict as Verdict, days: r.days }] : []))
	};
}

/**
 * Apply a verdict: hide or show the item through its area, suspend its author, and, for an
 * appeal, replace the first verdict (its suspension is lifted; the item follows the new verdict).
 */
async function applyVerdict(tx: Tx, c: JuryCase, outcome: Extract<Outcome, { decided: true }>) {
	await tx
		.update(juryCases)
		.set({
			status: 'decided',
			verdict: outcome.verdict,
			suspendDays: outcome.days,
			counts: outcome.counts,
			decidedAt: new Date()
		})
		.where(eq(juryCases.id, c.id));
	await moderationSubjectOf(c.subjectType).setHidden(tx, c.subjectId, hides(outcome.verdict));
	if (c.appealOf)
		await tx
			.update(postingSuspensions)
			.set({ liftedAt: new Date() })
			.where(and(eq(postingSuspensions.caseId, c.appealOf), isNull(postingSuspensions.liftedAt)));
	// An item with no member author (a reply from another server) is hidden; nobody is suspended.
	if (outcome.verdict === 'suspend' && outcome.days && c.authorId !== null)
		await tx.insert(postingSuspensions).values({
			caseId: c.id,
			memberId: c.authorId,
			until: hours(outcome.days * 24)
		});
	await appendEvent(
		tx,
		eventAbout('jury-case', c.id, null, {
			type: 'jury-case.decided',
			data: { verdict: outcome.verdict, round: c.round }
		})
	);
}

/**
 * Decide the case if it can be: at once when every juror has voted, or at the deadline with a
 * quorum. A jury that reaches its deadline short of the quorum is replaced by a fresh draw.
 * Returns what happened.
 */
export async function advanceCase(
	tx: Tx,
	c: JuryCase,
	now = new Date()
): Promise<'decided' | 'redrawn' | 'waiting'> {
	if (c.status !== 'open') return 'waiting';
	const policy = await juryPolicy(tx);
	const { seats, votes } = await votesOf(tx, c);
	const due = c.deadline <= now;
	if (!due && (seats === 0 || votes.length < seats)) return 'waiting';
	const outcome = decide(
		votes,
		Math.min(policy.quorum, Math.max(seats, 1)),
		policy.maxSuspensionDays
	);
	if (outcome.decided && (votes.length === seats || due)) {
		await applyVerdict(tx, c, outcome);
		return 'decided';
	}
	if (!due) return 'waiting';
	await drawJury(tx, c, c.round + 1, policy);
	return 'redrawn';
}

/** The scheduler's job: every open case past its deadline, each in its own transaction. */
export async function advanceDueCases(db: import('$lib/server/db/client').Db) {
	const due = await db
		.select({ id: juryCases.id })
		.from(juryCases)
		.where(and(eq(juryCases.status, 'open'), sql`${juryCases.deadline} <= now()`))
		.limit(100);
	let done = 0;
	for (const { id } of due)
		await db.transaction(async (tx) => {
			const c = await lockCase(tx, id);
			if (c && (await advanceCase(tx, c)) !== 'waiting') done++;
		});
	return done;
}
