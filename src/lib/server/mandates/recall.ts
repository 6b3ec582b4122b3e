/**
 * Recall: any member of a mandate's scope who may vote there starts a petition against a current
 * mandate, and others sign it. The threshold (a share of the scope's voters, an instance setting,
 * 20% unless the members decide otherwise) is fixed when the petition starts. The signature that
 * reaches it opens the recall vote at once: a motion in the mandate's scope, in its voting phase,
 * equal weights. When that vote closes `passes`, the handler below ends the mandate (`recalled`).
 *
 * Races: the mandate's row is locked to start a petition (with a partial unique index as the
 * backstop, one open petition per mandate), and the petition's row is locked to sign it, so the
 * signature that reaches the threshold is counted once and opens one vote.
 */
import { and, count, eq, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	decisionAuthors,
	decisions,
	decisionVersions,
	instanceSettings,
	members,
	recallPetitions,
	recallSignatures,
	type MandateRow
} from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, Invalid, NotFound } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import { eventAbout } from '$lib/server/events/about';
import type { EventHandler } from '$lib/server/events/dispatcher';
import { eligibleCount, isEligible } from '$lib/server/decisions/eligibility';
import { fixedElectorate } from '$lib/server/decisions/electorate';
import { decisionEvent } from '$lib/server/decisions/events';
import { isLocale } from '$lib/server/i18n';
import { DEFAULT_RECALL_PERCENT } from '$lib/server/instance/registry';
import { slugify } from '$lib/server/refs';
import { DEFAULT_SETTINGS } from '$lib/domain/decisions/types';
import { m } from '$lib/paraglide/messages.js';
import { roleName } from '$lib/roles';
import { isCurrent, lockMandate, vacateMandate } from './commands';
import { can, scopeRef } from './policy';

/** The instance setting (its page: src/lib/server/instance/registry.ts) with the recall threshold. */
export const RECALL_PERCENT_KEY = 'recall.threshold_percent';
/** How long a recall vote stays open. */
const RECALL_VOTING_HOURS = 7 * 24;

export async function recallPercent(db: Queryable): Promise<number> {
	const [row] = await db
		.select({ value: instanceSettings.value })
		.from(instanceSettings)
		.where(eq(instanceSettings.key, RECALL_PERCENT_KEY));
	const n = Number(row?.value);
	return Number.isFinite(n) && n > 0 && n <= 100 ? n : DEFAULT_RECALL_PERCENT;
}

/** Signatures a petition needs: the share of the scope's voters, rounded up, at least one. */
export async function recallThreshold(db: Queryable, m: MandateRow): Promise<number> {
	// In turn, not Promise.all: a recall asks it on its transaction, which is one connection.
	const voters = await eligibleCount(db, { scopeKind: m.scopeKind, scopeId: m.scopeId });
	const percent = await recallPercent(db);
	return Math.max(1, Math.ceil((voters * percent) / 100));
}

function positiveId(raw: unknown): number {
	const id = Number(raw);
	if (!Number.isSafeInteger(id) || id < 1) throw new Invalid('error_invalid_value');
	return id;
}

const inScope = (tx: Queryable, m: MandateRow, memberId: number) =>
	isEligible(tx, { scopeKind: m.scopeKind, scopeId: m.scopeId }, memberId);

/** Start a recall petition against a current mandate; the starter is its first signature. */
export const startRecall = command({
	input: (raw: unknown) => ({ mandateId: positiveId(raw) }),
	load: async (tx, actor, { mandateId }) => {
		const mandate = await lockMandate(tx, mandateId);
		return { mandate, inScope: await inScope(tx, mandate, actor.id) };
	},
	allow: (actor, s) =>
		can(actor, 'start-recall', {
			scope: scopeRef(s.mandate.scopeKind, s.mandate.scopeId),
			inScope: s.inScope
		}),
	forbidden: 'recall_error_not_in_scope',
	check: async ({ mandate }, _input, _actor, tx) => {
		if (!isCurrent(mandate)) throw new Conflict('mandate_error_ended');
		const [open] = await tx
			.select({ id: recallPetitions.id })
			.from(recallPetitions)
			.where(
				and(
					eq(recallPetitions.mandateId, mandate.id),
					sql`${recallPetitions.status} in ('open', 'voting')`
				)
			);
		if (open) throw new Conflict('recall_error_already_open');
	},
	run: async (tx, actor, { mandate }) => {
		const threshold = await recallThreshold(tx, mandate);
		const [petition] = await tx
			.insert(recallPetitions)
			.values({ mandateId: mandate.id, startedBy: actor.id, threshold })
			.returning();
		await tx.insert(recallSignatures).values({ petitionId: petition.id, memberId: actor.id });
		const decisionId = await openVoteAtThreshold(tx, petition, mandate);
		return { petitionId: petition.id, threshold, decisionId };
	},
	event: (out, { mandate }, _input, actor) =>
		eventAbout('mandate', mandate.id, actor.id, {
			type: 'recall.started',
			data: { petitionId: out.petitionId, threshold: out.threshold }
		}),
	conflicts: { recall_petitions_one_open_key: 'recall_error_already_open' }
});

/** Sign an open recall petition; the signature that reaches the threshold opens the vote. */
export const signRecall = command({
	input: (raw: unknown) => ({ petitionId: positiveId(raw) }),
	load: async (tx, actor, { petitionId }) => {
		const [petition] = await tx
			.select()
			.from(recallPetitions)
			.where(eq(recallPetitions.id, petitionId))
			.for('update');
		if (!petition) throw new NotFound('recall_error_not_found');
		const mandate = await lockMandate(tx, petition.mandateId);
		return { petition, mandate, inScope: await inScope(tx, mandate, actor.id) };
	},
	allow: (actor, s) =>
		can(actor, 'sign-recall', {
			scope: scopeRef(s.mandate.scopeKind, s.mandate.scopeId),
			inScope: s.inScope
		}),
	forbidden: 'recall_error_not_in_scope',
	check: ({ petition, mandate }) => {
		if (petition.status !== 'open' || !isCurrent(mandate))
			throw new Conflict('recall_error_closed');
	},
	run: async (tx, actor, { petition, mandate }) => {
		await tx.insert(recallSignatures).values({ petitionId: petition.id, memberId: actor.id });
		return { decisionId: await openVoteAtThreshold(tx, petition, mandate) };
	},
	event: (_out, { petition, mandate }, _input, actor) =>
		eventAbout('mandate', mandate.id, actor.id, {
			type: 'recall.signed',
			data: { petitionId: petition.id }
		}),
	conflicts: { recall_signatures_pkey: 'recall_error_signed_already' }
});

/** At the threshold, open the recall vote (the caller holds the petition's lock). */
async function openVoteAtThreshold(
	tx: Queryable,
	petition: typeof recallPetitions.$inferSelect,
	mandate: MandateRow
): Promise<number | null> {
	const [{ n }] = await tx
		.select({ n: count() })
		.from(recallSignatures)
		.where(eq(recallSignatures.petitionId, petition.id));
	if (n < petition.threshold) return null;
	const decisionId = await openRecallVote(tx, petition, mandate, n);
	await tx
		.update(recallPetitions)
		.set({ status: 'voting', decisionId })
		.where(eq(recallPetitions.id, petition.id));
	await appendEvent(
		tx,
		eventAbout('mandate', mandate.id, null, {
			type: 'recall.vote-opened',
			data: { petitionId: petition.id, decisionId }
		})
	);
	return decisionId;
}

/**
 * The recall vote: a motion in the mandate's scope, written in its starter's language, straight
 * into voting (the petition was its discussion), a simple majority with equal weights.
 */
async function openRecallVote(
	tx: Queryable,
	petition: typeof recallPetitions.$inferSelect,
	mandate: MandateRow,
	signatures: number
): Promise<number> {
	const [starter] = await tx
		.select({ locale: members.locale })
		.from(members)
		.where(eq(members.id, petition.startedBy));
	const [holder] = await tx
		.select({ handle: members.handle })
		.from(members)
		.where(eq(members.id, mandate.memberId));
	const locale = isLocale(starter?.locale) ? starter.locale : 'en';
	const words = { role: roleName(mandate.role, locale), handle: `@${holder?.handle ?? ''}` };
	const title = m.recall_vote_title(words, { locale });
	const body = m.recall_vote_body(
		{ ...words, signatures, threshold: petition.threshold },
		{ locale }
	);
	const now = new Date();
	const [row] = await tx
		.insert(decisions)
		.values({
			title,
			slug: slugify(title),
			summary: m.recall_vote_summary(words, { locale }),
			body,
			language: locale,
			authorId: petition.startedBy,
			scopeKind: mandate.scopeKind,
			scopeId: mandate.scopeId,
			ballotType: 'motion',
			method: 'threshold',
			weighting: 'equal',
			settings: {
				...DEFAULT_SETTINGS,
				hours: { discussion: 0, amendments: 0, voting: RECALL_VOTING_HOURS }
			},
			phase: 'voting',
			phaseChangedAt: now,
			discussionEndsAt: now,
			amendmentsEndAt: now,
			amendmentsOpen: false,
			votingEndsAt: new Date(now.getTime() + RECALL_VOTING_HOURS * 3_600_000),
			// Like any decision leaving its draft: who votes is fixed now.
			...(await fixedElectorate(tx, now)),
			eligibleAtOpen: await eligibleCount(tx, {
				scopeKind: mandate.scopeKind,
				scopeId: mandate.scopeId
			})
		})
		.returning({ id: decisions.id });
	await tx.insert(decisionAuthors).values({ decisionId: row.id, memberId: petition.startedBy });
	await tx
		.insert(decisionVersions)
		.values({ decisionId: row.id, version: 1, title, body, editorId: petition.startedBy });
	await appendEvent(
		tx,
		decisionEvent(null, row.id, {
			type: 'decision.phase-changed',
			data: { from: 'draft', to: 'voting' }
		})
	);
	return row.id;
}

/**
 * When a recall vote closes: `passes` ends the mandate (if it is still current), anything else
 * leaves it. Idempotent: only a petition still `voting` is closed.
 */
export const recallHandler: EventHandler = {
	name: 'recall',
	types: ['decision.closed'],
	handle: async (tx, event) => {
		const [petition] = await tx
			.select()
			.from(recallPetitions)
			.where(
				and(eq(recallPetitions.decisionId, event.subjectId), eq(recallPetitions.status, 'voting'))
			)
			.for('update');
		if (!petition) return;
		const [decision] = await tx
			.select({ outcome: decisions.outcome })
			.from(decisions)
			.where(eq(decisions.id, event.subjectId));
		const status = decision?.outcome === 'passes' ? 'carried' : 'failed';
		await tx
			.update(recallPetitions)
			.set({ status, closedAt: sql`now()` })
			.where(eq(recallPetitions.id, petition.id));
		await appendEvent(
			tx,
			eventAbout('mandate', petition.mandateId, null, {
				type: 'recall.closed',
				data: { petitionId: petition.id, status }
			})
		);
		if (status !== 'carried') return;
		const mandate = await lockMandate(tx, petition.mandateId);
		if (isCurrent(mandate))
			await appendEvent(tx, await vacateMandate(tx, mandate, 'recalled', null));
	}
};
