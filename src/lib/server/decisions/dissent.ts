/**
 * Dissent is kept: minority reports from the losing side, attached to the decision for good, and
 * petitions to revisit a decision, which open a new linked proposal at their threshold.
 */
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	ballots,
	decisionAuthors,
	decisionGroups,
	decisionOptions,
	decisions,
	decisionVersions,
	minorityReports,
	minorityReportSignatures,
	revisitPetitions,
	revisitSignatures
} from '$lib/server/db/schema';
import { Conflict, Forbidden, Gone, NotFound } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import { parseInput } from '$lib/server/validation';
import { minorityReportInput, petitionInput } from '$lib/schemas/decisions';
import { onLosingSide, type StoredChoice } from '$lib/domain/decisions/ballot-choice';
import { scheduleFrom } from '$lib/domain/decisions/lifecycle';
import type { Actor } from '$lib/server/members/policy';
import { authorise, loadDecision } from './context';
import { eligibleCount } from './eligibility';

/** When the window for minority reports ends. */
export function minorityReportDeadline(closedAt: Date | null, days: number): Date | null {
	return closedAt ? new Date(closedAt.getTime() + days * 86_400_000) : null;
}

export async function fileMinorityReport(
	db: Db,
	actor: Actor,
	decisionId: number,
	raw: unknown,
	now = new Date()
): Promise<number> {
	const ctx = await loadDecision(db, actor, decisionId);
	const d = ctx.decision;
	if (d.phase !== 'closed') throw new Conflict('minority_error_not_closed');
	const deadline = minorityReportDeadline(d.closedAt, ctx.settings.minorityReportDays);
	if (!deadline || deadline.getTime() < now.getTime())
		throw new Gone('minority_error_window_closed');
	const [ballot] = await db
		.select({ choice: ballots.choice })
		.from(ballots)
		.where(
			and(
				eq(ballots.decisionId, decisionId),
				eq(ballots.voterId, actor.id),
				isNull(ballots.supersededAt)
			)
		);
	const winner = (d.result as { winner?: string | null } | null)?.winner ?? null;
	if (!ballot || !onLosingSide(ballot.choice as StoredChoice, d.outcome ?? '', winner))
		throw new Forbidden('minority_error_not_losing_side');
	const input = parseInput(minorityReportInput, raw);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(minorityReports)
			.values({ decisionId, authorId: actor.id, title: input.title, body: input.body })
			.returning({ id: minorityReports.id });
		await tx.insert(minorityReportSignatures).values({ reportId: row.id, memberId: actor.id });
		await appendEvent(tx, {
			type: 'minority-report.filed',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: decisionId,
			data: { reportId: row.id }
		});
		return row.id;
	});
}

/** Co-sign a minority report: any member may add their name to a dissent they share. */
export async function signMinorityReport(
	db: Db,
	actor: Actor,
	decisionId: number,
	reportId: number
) {
	await loadDecision(db, actor, decisionId);
	const [report] = await db
		.select({ id: minorityReports.id })
		.from(minorityReports)
		.where(and(eq(minorityReports.id, reportId), eq(minorityReports.decisionId, decisionId)));
	if (!report) throw new NotFound('minority_error_not_found');
	await db.transaction(async (tx) => {
		const added = await tx
			.insert(minorityReportSignatures)
			.values({ reportId, memberId: actor.id })
			.onConflictDoNothing()
			.returning({ id: minorityReportSignatures.memberId });
		if (!added.length) throw new Conflict('minority_error_signed');
		await appendEvent(tx, {
			type: 'minority-report.signed',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: decisionId,
			data: { reportId }
		});
	});
}

/** Petition to revisit a closed decision; the threshold is fixed from today's eligible members. */
export async function petitionRevisit(
	db: Db,
	actor: Actor,
	decisionId: number,
	raw: unknown
): Promise<number> {
	const ctx = await loadDecision(db, actor, decisionId);
	authorise(actor, 'petition', ctx, 'petition_error_not_eligible');
	const input = parseInput(petitionInput, raw);
	const eligible = await eligibleCount(db, ctx.decision);
	const threshold = Math.max(1, Math.ceil((eligible * ctx.settings.revisitPercent) / 100));
	return db.transaction(async (tx) => {
		const open = await tx
			.select({ id: revisitPetitions.id })
			.from(revisitPetitions)
			.where(and(eq(revisitPetitions.decisionId, decisionId), eq(revisitPetitions.status, 'open')));
		if (open.length) throw new Conflict('petition_error_exists');
		const [row] = await tx
			.insert(revisitPetitions)
			.values({ decisionId, authorId: actor.id, reason: input.reason, threshold })
			.returning({ id: revisitPetitions.id });
		await appendEvent(tx, {
			type: 'petition.opened',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: decisionId,
			data: { petitionId: row.id, threshold }
		});
		await addSignature(tx, actor, ctx.decision.id, row.id);
		return row.id;
	});
}

export async function signPetition(db: Db, actor: Actor, decisionId: number, petitionId: number) {
	const ctx = await loadDecision(db, actor, decisionId);
	authorise(actor, 'petition', ctx, 'petition_error_not_eligible');
	await db.transaction(async (tx) => {
		const [p] = await tx
			.select()
			.from(revisitPetitions)
			.where(and(eq(revisitPetitions.id, petitionId), eq(revisitPetitions.decisionId, decisionId)))
			.for('update');
		if (!p) throw new NotFound('petition_error_not_found');
		if (p.status !== 'open') throw new Conflict('petition_error_reopened');
		await addSignature(tx, actor, decisionId, petitionId);
	});
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Add a signature; at the threshold, open the linked proposal for discussion. */
async function addSignature(tx: Tx, actor: Actor, decisionId: number, petitionId: number) {
	const added = await tx
		.insert(revisitSignatures)
		.values({ petitionId, memberId: actor.id })
		.onConflictDoNothing()
		.returning({ id: revisitSignatures.memberId });
	if (!added.length) throw new Conflict('petition_error_signed');
	await appendEvent(tx, {
		type: 'petition.signed',
		actorId: actor.id,
		subjectType: 'decision',
		subjectId: decisionId,
		data: { petitionId }
	});
	const [{ n }] = await tx
		.select({ n: count() })
		.from(revisitSignatures)
		.where(eq(revisitSignatures.petitionId, petitionId));
	const [p] = await tx.select().from(revisitPetitions).where(eq(revisitPetitions.id, petitionId));
	if (n >= p.threshold) await reopen(tx, p.id, decisionId, p.authorId);
}

/** The new proposal: the old text and rules, in discussion now, linked to the decision it revisits. */
async function reopen(
	tx: Tx,
	petitionId: number,
	oldId: number,
	authorId: number,
	now = new Date()
) {
	const [old] = await tx.select().from(decisions).where(eq(decisions.id, oldId));
	const settings = old.settings as {
		hours: { discussion: number; amendments: number; voting: number };
	};
	const [row] = await tx
		.insert(decisions)
		.values({
			title: old.title,
			slug: old.slug,
			summary: old.summary,
			body: old.body,
			language: old.language,
			authorId,
			scopeKind: old.scopeKind,
			scopeId: old.scopeId,
			ballotType: old.ballotType,
			method: old.method,
			weighting: old.weighting,
			secret: old.secret,
			hideResultsUntilClose: old.hideResultsUntilClose,
			settings: old.settings,
			phase: 'discussion',
			phaseChangedAt: now,
			...scheduleFrom(now, settings.hours),
			revisitOfId: oldId
		})
		.returning({ id: decisions.id });
	await tx.insert(decisionVersions).values({
		decisionId: row.id,
		version: 1,
		title: old.title,
		body: old.body,
		editorId: authorId
	});
	await tx.insert(decisionAuthors).values({ decisionId: row.id, memberId: authorId });
	await tx.execute(sql`insert into decision_options (decision_id, position, label, description)
		select ${row.id}, position, label, description from ${decisionOptions} where decision_id = ${oldId}`);
	await tx.execute(sql`insert into decision_groups (decision_id, group_kind, group_id)
		select ${row.id}, group_kind, group_id from ${decisionGroups} where decision_id = ${oldId}`);
	await tx
		.update(revisitPetitions)
		.set({ status: 'reopened', reopenedAsId: row.id })
		.where(eq(revisitPetitions.id, petitionId));
	await appendEvent(tx, {
		type: 'decision.reopened',
		actorId: null,
		subjectType: 'decision',
		subjectId: row.id,
		data: { revisits: oldId, petitionId }
	});
}
