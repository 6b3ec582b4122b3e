import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { amendments, amendmentVotes, decisions } from '$lib/server/db/schema';
import { Conflict, Forbidden, Invalid } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import { parseInput } from '$lib/server/validation';
import { amendmentInput, amendmentVoteInput } from '$lib/schemas/decisions';
import { applyAmendment } from '$lib/domain/decisions/text-diff';
import { endPhaseNow } from '$lib/domain/decisions/lifecycle';
import type { Actor } from '$lib/server/members/policy';
import { baseText, enterPhase } from './advance';
import { newVersion } from './commands';
import { authorise, loadAmendment, loadDecision } from './context';
import { voterWeight } from './voter-weight';

/** Propose a change: the whole amended text, against the version it was written on. */
export async function proposeAmendment(
	db: Db,
	actor: Actor,
	decisionId: number,
	raw: unknown
): Promise<number> {
	const ctx = await loadDecision(db, actor, decisionId);
	if (!ctx.decision.amendmentsOpen || !['discussion', 'amendments'].includes(ctx.decision.phase))
		throw new Conflict('amendment_error_closed');
	authorise(actor, 'amend', ctx, 'amendment_error_not_eligible');
	const input = parseInput(amendmentInput, raw);
	if (input.body === ctx.decision.body.trim())
		throw new Invalid('error_form', { body: 'amendment_error_no_change' });
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(amendments)
			.values({
				decisionId,
				authorId: actor.id,
				baseVersion: ctx.decision.version,
				body: input.body,
				reason: input.reason
			})
			.returning({ id: amendments.id });
		await appendEvent(tx, {
			type: 'amendment.proposed',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: decisionId,
			data: { amendmentId: row.id }
		});
		return row.id;
	});
}

/** The authors take an amendment into the text: a new version that notes where it came from. */
export async function acceptAmendment(
	db: Db,
	actor: Actor,
	decisionId: number,
	amendmentId: number
) {
	const ctx = await loadDecision(db, actor, decisionId);
	authorise(actor, 'resolve-amendment', ctx, 'amendment_error_authors_only');
	await db.transaction(async (tx) => {
		const [d] = await tx.select().from(decisions).where(eq(decisions.id, decisionId)).for('update');
		const a = await loadAmendment(tx, decisionId, amendmentId);
		if (a.status !== 'open' && a.status !== 'voting')
			throw new Conflict('amendment_error_resolved');
		const merged = applyAmendment(await baseText(tx, decisionId, a.baseVersion), a.body, d.body);
		if (merged === null) throw new Conflict('amendment_error_conflict');
		const version = await newVersion(tx, decisionId, actor.id, {
			title: d.title,
			body: merged,
			note: '',
			amendmentId
		});
		await tx
			.update(amendments)
			.set({
				status: 'accepted',
				resolvedById: actor.id,
				resolvedAt: sql`now()`,
				appliedVersion: version
			})
			.where(eq(amendments.id, amendmentId));
		await appendEvent(tx, {
			type: 'amendment.accepted',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: decisionId,
			data: { amendmentId, version }
		});
	});
}

/** The authors do not take it: it goes to a vote of the eligible members until amendments close. */
export async function putAmendmentToVote(
	db: Db,
	actor: Actor,
	decisionId: number,
	amendmentId: number
) {
	const ctx = await loadDecision(db, actor, decisionId);
	authorise(actor, 'resolve-amendment', ctx, 'amendment_error_authors_only');
	await transition(db, actor, decisionId, amendmentId, 'open', 'voting', 'amendment.put-to-vote');
}

export async function withdrawAmendment(
	db: Db,
	actor: Actor,
	decisionId: number,
	amendmentId: number
) {
	await loadDecision(db, actor, decisionId);
	const a = await loadAmendment(db, decisionId, amendmentId);
	if (a.authorId !== actor.id) throw new Forbidden('amendment_error_own_only');
	await transition(
		db,
		actor,
		decisionId,
		amendmentId,
		a.status,
		'withdrawn',
		'amendment.withdrawn'
	);
}

async function transition(
	db: Db,
	actor: Actor,
	decisionId: number,
	amendmentId: number,
	from: string,
	to: string,
	type: 'amendment.withdrawn' | 'amendment.rejected' | 'amendment.put-to-vote'
) {
	await db.transaction(async (tx) => {
		const moved = await tx
			.update(amendments)
			.set({
				status: to,
				...(to === 'withdrawn' ? { resolvedAt: sql`now()`, resolvedById: actor.id } : {})
			})
			.where(
				and(
					eq(amendments.id, amendmentId),
					eq(amendments.status, from),
					sql`${amendments.status} in ('open', 'voting')`
				)
			)
			.returning({ id: amendments.id });
		if (!moved.length) throw new Conflict('amendment_error_resolved');
		await appendEvent(tx, {
			type,
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: decisionId,
			data: { amendmentId }
		});
	});
}

/** An open vote on an amendment; one current vote per member, weighted like the decision. */
export async function voteOnAmendment(
	db: Db,
	actor: Actor,
	decisionId: number,
	amendmentId: number,
	raw: unknown
) {
	const ctx = await loadDecision(db, actor, decisionId);
	authorise(actor, 'vote-amendment', ctx, 'ballot_error_not_eligible');
	const { vote } = parseInput(amendmentVoteInput, raw);
	const a = await loadAmendment(db, decisionId, amendmentId);
	if (a.status !== 'voting') throw new Conflict('amendment_error_not_voting');
	const weight = await voterWeight(db, ctx.decision, ctx.settings, actor.id);
	await db.transaction(async (tx) => {
		await tx
			.insert(amendmentVotes)
			.values({ amendmentId, memberId: actor.id, choice: vote, weight })
			.onConflictDoUpdate({
				target: [amendmentVotes.amendmentId, amendmentVotes.memberId],
				set: { choice: vote, weight, castAt: sql`now()` }
			});
		await appendEvent(tx, {
			type: 'amendment.voted',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: decisionId,
			data: { amendmentId }
		});
	});
}

/**
 * The authors close the amendment window. During the amendments phase that starts the vote now;
 * during discussion the amendments phase is dropped and voting follows the discussion.
 */
export async function closeAmendments(db: Db, actor: Actor, decisionId: number, now = new Date()) {
	const ctx = await loadDecision(db, actor, decisionId);
	authorise(actor, 'close-amendments', ctx, 'amendment_error_authors_only');
	await db.transaction(async (tx) => {
		const [d] = await tx.select().from(decisions).where(eq(decisions.id, decisionId)).for('update');
		if (!d.amendmentsOpen) throw new Conflict('amendment_error_closed');
		const deadlines = {
			discussionEndsAt: d.discussionEndsAt,
			amendmentsEndAt: d.amendmentsEndAt,
			votingEndsAt: d.votingEndsAt
		};
		const moved =
			d.phase === 'amendments'
				? endPhaseNow('amendments', deadlines, now)
				: endPhaseNow(
						'amendments',
						{ ...deadlines, amendmentsEndAt: d.amendmentsEndAt },
						d.discussionEndsAt ?? now
					);
		await tx
			.update(decisions)
			.set({ amendmentsOpen: false, ...moved })
			.where(eq(decisions.id, decisionId));
		await appendEvent(tx, {
			type: 'decision.amendments-closed',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: decisionId
		});
		if (d.phase === 'amendments')
			await enterPhase(tx, { ...d, ...moved, amendmentsOpen: false }, 'voting', now);
	});
}
