/**
 * Moving decisions through their phases at their deadlines. The scheduler's `decisions.advance`
 * job calls `advanceDueDecisions` every minute on one process; each step also runs under the
 * decision's row lock and only from the phase it expects, so even two processes running it at
 * once move a decision once. The lock waits (no `skip locked`) for ballots being cast under their
 * share lock: those are counted, and ballots arriving after it queue behind it and find it closed.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import {
	amendments,
	amendmentVotes,
	decisions,
	type AmendmentStatus,
	type Decision
} from '$lib/server/db/schema';
import { eraseSigningKeys } from '$lib/server/unlinkable/credentials';
import { appendEvent } from '$lib/server/events/append';
import { applyAmendment } from '$lib/domain/decisions/text-diff';
import { dueTransition, endPhaseNow, type Deadlines } from '$lib/domain/decisions/lifecycle';
import { readSettings, type Phase } from '$lib/domain/decisions/types';
import { evaluateMotion } from '$lib/domain/tally/motion';
import { newVersion } from './commands';
import { closingCount } from './tally';
import { eligibleCount } from './eligibility';
import { decisionEvent } from './events';
import { openRunoff } from './runoff';

const deadlinesOf = (d: Decision): Deadlines => ({
	discussionEndsAt: d.discussionEndsAt,
	amendmentsEndAt: d.amendmentsEndAt,
	votingEndsAt: d.votingEndsAt
});

/** Advance every decision whose deadline has passed; returns how many steps were taken. */
export async function advanceDueDecisions(db: Db, now = new Date()): Promise<number> {
	const due = await db
		.select({ id: decisions.id })
		.from(decisions)
		.where(
			and(
				inArray(decisions.phase, ['discussion', 'amendments', 'voting']),
				sql`case ${decisions.phase} when 'discussion' then ${decisions.discussionEndsAt}
					when 'amendments' then ${decisions.amendmentsEndAt} else ${decisions.votingEndsAt} end <= ${now}`
			)
		)
		.orderBy(asc(decisions.id))
		.limit(500);
	let steps = 0;
	for (const { id } of due) steps += await advanceDecision(db, id, now);
	return steps;
}

/** Take every step now due for one decision (a zero-length phase is passed straight through). */
export async function advanceDecision(db: Db, id: number, now = new Date()): Promise<number> {
	let steps = 0;
	for (;;) {
		const moved = await db.transaction(async (tx) => {
			const [d] = await tx.select().from(decisions).where(eq(decisions.id, id)).for('update');
			if (!d) return false;
			const next = dueTransition(d.phase as Phase, deadlinesOf(d), now);
			if (!next) return false;
			await enterPhase(tx, d, next, now);
			return true;
		});
		if (!moved) return steps;
		steps++;
	}
}

/** Make one transition inside the caller's transaction (which holds the row lock). */
export async function enterPhase(tx: Queryable, d: Decision, next: Phase, now: Date) {
	if (next === 'voting') await resolveAmendmentVotes(tx, d);
	const scope = {
		scopeKind: d.scopeKind,
		scopeId: d.scopeId,
		electorateCutoff: d.electorateCutoff
	};
	const set: Partial<typeof decisions.$inferInsert> = { phase: next, phaseChangedAt: now };
	if (next === 'voting') set.eligibleAtOpen = await eligibleCount(tx, scope);
	if (next === 'closed') {
		Object.assign(set, await closingCount(tx, d, await eligibleCount(tx, scope), now));
	}
	await tx.update(decisions).set(set).where(eq(decisions.id, d.id));
	// Counted and closed: nothing may be signed any more (docs/ballot-secrecy.md).
	if (next === 'closed' && d.unlinkable) await eraseSigningKeys(tx, 'decision', d.id);
	await appendEvent(tx, {
		type: next === 'closed' ? 'decision.closed' : 'decision.phase-changed',
		actorId: null,
		subjectType: 'decision',
		subjectId: d.id,
		data: { from: d.phase, to: next, ...(set.outcome ? { outcome: set.outcome } : {}) }
	});
	if (next === 'closed' && d.stage === 'positions')
		await openRunoff(tx, { ...d, ...set } as Decision, now);
}

/**
 * When amendments close, the ones put to a vote are decided (more than half of the weighted votes
 * cast, abstentions aside) and carried ones applied in the order they were proposed; one whose
 * lines were changed since cannot be applied and is marked so. Amendments the authors neither
 * accepted nor put to a vote lapse.
 */
const resolved = (
	decisionId: number,
	amendmentId: number,
	status: 'carried' | 'defeated' | 'conflicted' | 'lapsed'
) => decisionEvent(null, decisionId, { type: 'amendment.resolved', data: { amendmentId, status } });

async function resolveAmendmentVotes(tx: Queryable, d: Decision) {
	const pending = await tx
		.select()
		.from(amendments)
		.where(and(eq(amendments.decisionId, d.id), inArray(amendments.status, ['open', 'voting'])))
		.orderBy(asc(amendments.id));
	const threshold = readSettings(d.settings).threshold;
	for (const a of pending) {
		if (a.status === 'open') {
			await tx
				.update(amendments)
				.set({ status: 'lapsed', resolvedAt: sql`now()` })
				.where(eq(amendments.id, a.id));
			await appendEvent(tx, resolved(d.id, a.id, 'lapsed'));
			continue;
		}
		const votes = await tx
			.select({ choice: amendmentVotes.choice, weight: amendmentVotes.weight })
			.from(amendmentVotes)
			.where(eq(amendmentVotes.amendmentId, a.id));
		const sum = (c: string) =>
			votes.filter((v) => v.choice === c).reduce((n, v) => n + v.weight, 0);
		const figures = evaluateMotion({ threshold }, sum('yes'), sum('no'), sum('abstain'));
		let status: AmendmentStatus = figures.outcome === 'passes' ? 'carried' : 'defeated';
		let appliedVersion: number | null = null;
		if (status === 'carried') {
			const [current] = await tx
				.select({ title: decisions.title, body: decisions.body })
				.from(decisions)
				.where(eq(decisions.id, d.id));
			const base = await baseText(tx, d.id, a.baseVersion);
			const merged = applyAmendment(base, a.body, current.body);
			if (merged === null) status = 'conflicted';
			else
				appliedVersion = await newVersion(tx, d.id, a.authorId, {
					title: current.title,
					body: merged,
					note: '',
					amendmentId: a.id
				});
		}
		await tx
			.update(amendments)
			.set({ status, resolvedAt: sql`now()`, appliedVersion, result: figures })
			.where(eq(amendments.id, a.id));
		await appendEvent(tx, resolved(d.id, a.id, status));
	}
}

export async function baseText(
	tx: Queryable,
	decisionId: number,
	version: number
): Promise<string> {
	const r = await tx.execute<{ body: string }>(
		sql`select body from decision_versions where decision_id = ${decisionId} and version = ${version}`
	);
	return r.rows[0]?.body ?? '';
}

/**
 * For browser tests (PLENARY_TEST_CLOCK=on only): end a decision's current phase now, as if its
 * deadline had come, and take the step the scheduler would take.
 */
export async function endPhaseForTest(db: Db, id: number, now = new Date()): Promise<number> {
	const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
	if (!d) return 0;
	await db
		.update(decisions)
		.set(endPhaseNow(d.phase as Phase, deadlinesOf(d), now))
		.where(eq(decisions.id, id));
	return advanceDecision(db, id, now);
}
