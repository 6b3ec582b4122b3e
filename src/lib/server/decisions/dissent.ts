/**
 * Dissent is kept: minority reports from the losing side, attached to the decision for good, and
 * petitions to revisit a decision, which open a new linked proposal at their threshold.
 *
 * A duplicate that means "someone got there first" (a second signature, a second open petition)
 * is refused by a constraint named in `conflicts`, never by looking first and inserting after.
 */
import { and, count, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import {
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
import { command } from '$lib/server/command';
import { Conflict, Gone, NotFound } from '$lib/server/errors';
import type { AppEvent } from '$lib/server/events/append';
import { parseInput } from '$lib/server/validation';
import { minorityReportInput, petitionInput } from '$lib/schemas/decisions';
import type { Actor } from '$lib/domain/members/actor';
import { scheduleFrom } from '$lib/domain/decisions/lifecycle';
import { readSettings } from '$lib/domain/decisions/types';
import { loadDecision } from './context';
import { fixedElectorate } from './electorate';
import { eligibleCount } from './eligibility';
import { decisionEvent } from './events';
import { can } from './policy';
import { weightingFor } from '$lib/domain/decisions/weights';
import { LIMITS } from '$lib/server/limits';

export { minorityReportDeadline } from '$lib/domain/decisions/lifecycle';

/**
 * The decision, judged at `now`. Before anyone is asked who they are, say why reports are not
 * taken at all: the decision is still open, or the window has passed.
 */
async function loadForReport(tx: Tx, actor: Actor, decisionId: number, now: Date) {
	const ctx = await loadDecision(tx, actor, decisionId);
	if (ctx.subject.phase !== 'closed') throw new Conflict('minority_error_not_closed');
	const until = ctx.subject.dissent?.until;
	if (!until || until.getTime() < now.getTime()) throw new Gone('minority_error_window_closed');
	return { ...ctx, subject: { ...ctx.subject, now } };
}

/** A member on the losing side files a minority report, within the window, and signs it. */
export const fileMinorityReport = command({
	limit: LIMITS.petition,
	input: (decisionId: number, raw: unknown, now: Date = new Date()) => ({
		decisionId,
		now,
		...parseInput(minorityReportInput, raw)
	}),
	load: (tx, actor, { decisionId, now }) => loadForReport(tx, actor, decisionId, now),
	allow: (actor, ctx) => can(actor, 'file-minority-report', ctx.subject),
	forbidden: 'minority_error_not_losing_side',
	run: async (tx, actor, _ctx, { decisionId, title, body }) => {
		const [row] = await tx
			.insert(minorityReports)
			.values({ decisionId, authorId: actor.id, title, body })
			.returning({ id: minorityReports.id });
		await tx.insert(minorityReportSignatures).values({ reportId: row.id, memberId: actor.id });
		return row.id;
	},
	event: (reportId, _ctx, { decisionId }, actor) =>
		decisionEvent(actor.id, decisionId, { type: 'minority-report.filed', data: { reportId } })
});

/**
 * Co-sign a minority report: members of the scope add their names, within the window. Signing
 * does not depend on having voted, so a signature says nothing about a secret ballot.
 */
export const signMinorityReport = command({
	limit: LIMITS.petition,
	input: (decisionId: number, reportId: number, now: Date = new Date()) => ({
		decisionId,
		reportId,
		now
	}),
	load: async (tx, actor, { decisionId, reportId, now }) => {
		const ctx = await loadForReport(tx, actor, decisionId, now);
		const [report] = await tx
			.select({ id: minorityReports.id })
			.from(minorityReports)
			.where(and(eq(minorityReports.id, reportId), eq(minorityReports.decisionId, decisionId)));
		if (!report) throw new NotFound('minority_error_not_found');
		return ctx;
	},
	allow: (actor, ctx) => can(actor, 'sign-minority-report', ctx.subject),
	run: async (tx, actor, _ctx, { reportId }) => {
		await tx.insert(minorityReportSignatures).values({ reportId, memberId: actor.id });
	},
	event: (_out, _ctx, { decisionId, reportId }, actor) =>
		decisionEvent(actor.id, decisionId, { type: 'minority-report.signed', data: { reportId } }),
	conflicts: { minority_report_signatures_report_id_member_id_pk: 'minority_error_signed' }
});

type Signed = { petitionId: number; reopenedAs: number | null };

/** The events of a signature, and of the reopening it may have caused. */
function signatureEvents(actor: Actor, decisionId: number, s: Signed): AppEvent[] {
	const petitionId = s.petitionId;
	return [
		decisionEvent(actor.id, decisionId, { type: 'petition.signed', data: { petitionId } }),
		...(s.reopenedAs
			? [
					decisionEvent(null, s.reopenedAs, {
						type: 'decision.reopened',
						data: { revisits: decisionId, petitionId }
					})
				]
			: [])
	];
}

/**
 * Petition to revisit a closed decision; the threshold is fixed from today's eligible members.
 * One petition is open per decision: the second, even at the same moment, meets the unique index
 * on open petitions and is told to sign the first.
 */
const openPetition = command({
	limit: LIMITS.petition,
	input: (decisionId: number, raw: unknown) => ({
		decisionId,
		...parseInput(petitionInput, raw)
	}),
	load: (tx, actor, { decisionId }) => loadDecision(tx, actor, decisionId),
	allow: (actor, ctx) => can(actor, 'petition', ctx.subject),
	forbidden: 'petition_error_not_eligible',
	run: async (tx, actor, ctx, { decisionId, reason }) => {
		const eligible = await eligibleCount(tx, ctx.decision);
		const threshold = Math.max(1, Math.ceil((eligible * ctx.settings.revisitPercent) / 100));
		const [row] = await tx
			.insert(revisitPetitions)
			.values({ decisionId, authorId: actor.id, reason, threshold })
			.returning({ id: revisitPetitions.id });
		const petition = { id: row.id, threshold, authorId: actor.id };
		return { threshold, ...(await addSignature(tx, actor, decisionId, petition)) };
	},
	event: (out, _ctx, { decisionId }, actor) => [
		decisionEvent(actor.id, decisionId, {
			type: 'petition.opened',
			data: { petitionId: out.petitionId, threshold: out.threshold }
		}),
		...signatureEvents(actor, decisionId, out)
	],
	conflicts: { revisit_petitions_one_open_key: 'petition_error_exists' }
});

/** Open a petition (see above); answers the new petition's id. */
export async function petitionRevisit(
	db: Db,
	actor: Actor | null,
	decisionId: number,
	raw: unknown
): Promise<number> {
	return (await openPetition(db, actor, decisionId, raw)).petitionId;
}

/** Sign an open petition; the signature that reaches the threshold reopens the decision. */
export const signPetition = command({
	limit: LIMITS.petition,
	input: (decisionId: number, petitionId: number) => ({ decisionId, petitionId }),
	load: async (tx, actor, { decisionId, petitionId }) => {
		const ctx = await loadDecision(tx, actor, decisionId);
		// Locked, so signatures are counted one at a time and the threshold reopens it once.
		const [petition] = await tx
			.select()
			.from(revisitPetitions)
			.where(and(eq(revisitPetitions.id, petitionId), eq(revisitPetitions.decisionId, decisionId)))
			.for('update');
		if (!petition) throw new NotFound('petition_error_not_found');
		return { ...ctx, petition };
	},
	allow: (actor, ctx) => can(actor, 'petition', ctx.subject),
	forbidden: 'petition_error_not_eligible',
	check: ({ petition }) => {
		if (petition.status !== 'open') throw new Conflict('petition_error_reopened');
	},
	run: (tx, actor, { petition }, { decisionId }) => addSignature(tx, actor, decisionId, petition),
	event: (out, _ctx, { decisionId }, actor) => signatureEvents(actor, decisionId, out),
	conflicts: { revisit_signatures_petition_id_member_id_pk: 'petition_error_signed' }
});

/** Add a signature; at the threshold, open the linked proposal for discussion. */
async function addSignature(
	tx: Tx,
	actor: Actor,
	decisionId: number,
	petition: { id: number; threshold: number; authorId: number }
): Promise<Signed> {
	await tx.insert(revisitSignatures).values({ petitionId: petition.id, memberId: actor.id });
	const [{ n }] = await tx
		.select({ n: count() })
		.from(revisitSignatures)
		.where(eq(revisitSignatures.petitionId, petition.id));
	const reopenedAs =
		n >= petition.threshold ? await reopen(tx, petition.id, decisionId, petition.authorId) : null;
	return { petitionId: petition.id, reopenedAs };
}

/** The new proposal: the old text and rules, in discussion now, linked to the decision it revisits. */
async function reopen(
	tx: Tx,
	petitionId: number,
	oldId: number,
	authorId: number,
	now = new Date()
): Promise<number> {
	const [old] = await tx.select().from(decisions).where(eq(decisions.id, oldId));
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
			weighting: weightingFor(old.secret, old.weighting),
			secret: old.secret,
			unlinkable: old.unlinkable,
			hideResultsUntilClose: old.hideResultsUntilClose,
			settings: old.settings,
			phase: 'discussion',
			phaseChangedAt: now,
			...scheduleFrom(now, readSettings(old.settings).hours),
			...(await fixedElectorate(tx, now)),
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
	return row.id;
}
