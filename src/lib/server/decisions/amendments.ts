/**
 * Amendments: proposed by eligible members, taken into the text or put to a vote by the authors,
 * withdrawn by their own author. Locks are taken decision first, amendment second, the same order
 * as the phase change that resolves them (advance.ts), so they cannot deadlock: the decision is
 * shared while an amendment is proposed, voted on or moved, and held for update while its text
 * changes or the window closes, so nothing lands on an amendment the phase change has resolved.
 */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { amendments, amendmentVotes, decisions } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, Invalid } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { amendmentInput, amendmentVoteInput } from '$lib/schemas/decisions';
import type { Actor } from '$lib/domain/members/actor';
import { applyAmendment } from '$lib/domain/decisions/text-diff';
import { acceptsAmendments, endPhaseNow } from '$lib/domain/decisions/lifecycle';
import { baseText, enterPhase } from './advance';
import { newVersion } from './commands';
import { loadAmendment, loadDecision } from './context';
import { decisionEvent } from './events';
import { can } from './policy';
import { voterWeight } from './voter-weight';
import { LIMITS } from '$lib/server/limits';

/** Propose a change: the whole amended text, against the version it was written on. */
export const proposeAmendment = command({
	limit: LIMITS.amendment,
	input: (decisionId: number, raw: unknown) => ({
		decisionId,
		...parseInput(amendmentInput, raw)
	}),
	load: async (tx, actor, { decisionId }) => {
		const ctx = await loadDecision(tx, actor, decisionId, 'share');
		if (!acceptsAmendments(ctx.subject.phase, ctx.decision.amendmentsOpen))
			throw new Conflict('amendment_error_closed');
		return ctx;
	},
	allow: (actor, ctx) => can(actor, 'amend', ctx.subject),
	forbidden: 'amendment_error_not_eligible',
	check: (ctx, { body }) => {
		if (body === ctx.decision.body.trim())
			throw new Invalid('error_form', { body: 'amendment_error_no_change' });
	},
	run: async (tx, actor, ctx, { decisionId, body, reason }) => {
		const [row] = await tx
			.insert(amendments)
			.values({ decisionId, authorId: actor.id, baseVersion: ctx.decision.version, body, reason })
			.returning({ id: amendments.id });
		return row.id;
	},
	event: (amendmentId, _ctx, { decisionId }, actor) =>
		decisionEvent(actor.id, decisionId, { type: 'amendment.proposed', data: { amendmentId } })
});

type OnAmendment = { decisionId: number; amendmentId: number };
const onAmendment = (decisionId: number, amendmentId: number): OnAmendment => ({
	decisionId,
	amendmentId
});

/** The decision and one of its amendments, locked in that order. */
async function loadBoth(
	tx: Tx,
	actor: Actor,
	{ decisionId, amendmentId }: OnAmendment,
	lock: { decision: 'share' | 'update'; amendment: 'share' | 'update' }
) {
	const ctx = await loadDecision(tx, actor, decisionId, lock.decision);
	const amendment = await loadAmendment(tx, decisionId, amendmentId, lock.amendment);
	return { ...ctx, amendment, subject: { ...ctx.subject, amendment } };
}

const unresolved = (status: string) => status === 'open' || status === 'voting';

/** The authors take an amendment into the text: a new version that notes where it came from. */
export const acceptAmendment = command({
	input: onAmendment,
	load: (tx, actor, input) =>
		loadBoth(tx, actor, input, { decision: 'update', amendment: 'update' }),
	allow: (actor, ctx) => can(actor, 'resolve-amendment', ctx.subject),
	forbidden: 'amendment_error_authors_only',
	check: ({ amendment }) => {
		if (!unresolved(amendment.status)) throw new Conflict('amendment_error_resolved');
	},
	run: async (tx, actor, { decision: d, amendment: a }, { decisionId, amendmentId }) => {
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
		return version;
	},
	event: (version, _ctx, { decisionId, amendmentId }, actor) =>
		decisionEvent(actor.id, decisionId, {
			type: 'amendment.accepted',
			data: { amendmentId, version }
		})
});

/** The authors do not take it: it goes to a vote of the eligible members until amendments close. */
export const putAmendmentToVote = command({
	input: onAmendment,
	load: (tx, actor, input) =>
		loadBoth(tx, actor, input, { decision: 'share', amendment: 'update' }),
	allow: (actor, ctx) => can(actor, 'resolve-amendment', ctx.subject),
	forbidden: 'amendment_error_authors_only',
	check: ({ amendment }) => {
		if (amendment.status !== 'open') throw new Conflict('amendment_error_resolved');
	},
	run: async (tx, _actor, _ctx, { amendmentId }) => {
		await tx.update(amendments).set({ status: 'voting' }).where(eq(amendments.id, amendmentId));
	},
	event: (_out, _ctx, { decisionId, amendmentId }, actor) =>
		decisionEvent(actor.id, decisionId, { type: 'amendment.put-to-vote', data: { amendmentId } })
});

/** Its author takes an amendment back, while it is still open or being voted on. */
export const withdrawAmendment = command({
	input: onAmendment,
	load: (tx, actor, input) =>
		loadBoth(tx, actor, input, { decision: 'share', amendment: 'update' }),
	allow: (actor, ctx) => can(actor, 'withdraw-amendment', ctx.subject),
	forbidden: 'amendment_error_own_only',
	check: ({ amendment }) => {
		if (!unresolved(amendment.status)) throw new Conflict('amendment_error_resolved');
	},
	run: async (tx, actor, _ctx, { amendmentId }) => {
		await tx
			.update(amendments)
			.set({ status: 'withdrawn', resolvedAt: sql`now()`, resolvedById: actor.id })
			.where(eq(amendments.id, amendmentId));
	},
	event: (_out, _ctx, { decisionId, amendmentId }, actor) =>
		decisionEvent(actor.id, decisionId, { type: 'amendment.withdrawn', data: { amendmentId } })
});

/** An open vote on an amendment; one current vote per member (a second replaces the first). */
export const voteOnAmendment = command({
	input: (decisionId: number, amendmentId: number, raw: unknown) => ({
		...onAmendment(decisionId, amendmentId),
		...parseInput(amendmentVoteInput, raw)
	}),
	load: (tx, actor, input) => loadBoth(tx, actor, input, { decision: 'share', amendment: 'share' }),
	allow: (actor, ctx) => can(actor, 'vote-amendment', ctx.subject),
	forbidden: 'ballot_error_not_eligible',
	check: ({ amendment }) => {
		if (amendment.status !== 'voting') throw new Conflict('amendment_error_not_voting');
	},
	run: async (tx, actor, ctx, { amendmentId, vote }) => {
		// Weighted like the decision's ballots, fixed when cast.
		const weight = await voterWeight(tx, ctx.decision, ctx.settings, actor.id);
		await tx
			.insert(amendmentVotes)
			.values({ amendmentId, memberId: actor.id, choice: vote, weight })
			.onConflictDoUpdate({
				target: [amendmentVotes.amendmentId, amendmentVotes.memberId],
				set: { choice: vote, weight, castAt: sql`now()` }
			});
	},
	event: (_out, _ctx, { decisionId, amendmentId }, actor) =>
		decisionEvent(actor.id, decisionId, { type: 'amendment.voted', data: { amendmentId } })
});

/**
 * The authors close the amendment window. During the amendments phase that starts the vote now;
 * during discussion the amendments phase is dropped and voting follows the discussion.
 */
export const closeAmendments = command({
	input: (decisionId: number, now: Date = new Date()) => ({ decisionId, now }),
	load: (tx, actor, { decisionId }) => loadDecision(tx, actor, decisionId, 'update'),
	allow: (actor, ctx) => can(actor, 'close-amendments', ctx.subject),
	forbidden: 'amendment_error_authors_only',
	check: ({ decision }) => {
		if (!decision.amendmentsOpen) throw new Conflict('amendment_error_closed');
	},
	run: async (tx, _actor, { decision: d }, { decisionId, now }) => {
		const deadlines = {
			discussionEndsAt: d.discussionEndsAt,
			amendmentsEndAt: d.amendmentsEndAt,
			votingEndsAt: d.votingEndsAt
		};
		const moved = endPhaseNow(
			'amendments',
			deadlines,
			d.phase === 'amendments' ? now : (d.discussionEndsAt ?? now)
		);
		await tx
			.update(decisions)
			.set({ amendmentsOpen: false, ...moved })
			.where(eq(decisions.id, decisionId));
		// Voting opens now; the phase change appends its own event, as the scheduler's does.
		if (d.phase === 'amendments')
			await enterPhase(tx, { ...d, ...moved, amendmentsOpen: false }, 'voting', now);
	},
	event: (_out, _ctx, { decisionId }, actor) =>
		decisionEvent(actor.id, decisionId, { type: 'decision.amendments-closed' })
});
