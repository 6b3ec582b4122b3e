import { C as decisionVersions, D as revisitPetitions, E as minorityReports, O as revisitSignatures, S as decisionOptions, T as minorityReportSignatures, _ as ballots, b as decisionAuthors, w as decisions, x as decisionGroups } from "./i18n.js";
import { a as Gone, i as Forbidden, s as NotFound, t as Conflict } from "./errors.js";
import { t as appendEvent } from "./append.js";
import { n as parseInput } from "./validation.js";
import { h as petitionInput, i as scheduleFrom, p as minorityReportInput } from "./lifecycle.js";
import { b as onLosingSide, f as loadDecision, m as eligibleCount, u as authorise } from "./counting.js";
import { and, count, eq, isNull, sql } from "drizzle-orm";
// src/lib/server/decisions/dissent.ts
/**
* Dissent is kept: minority reports from the losing side, attached to the decision for good, and
* petitions to revisit a decision, which open a new linked proposal at their threshold.
*/
/** When the window for minority reports ends. */
function minorityReportDeadline(closedAt, days) {
	return closedAt ? new Date(closedAt.getTime() + days * 864e5) : null;
}
async function fileMinorityReport(db, actor, decisionId, raw, now = /* @__PURE__ */ new Date()) {
	const ctx = await loadDecision(db, actor, decisionId);
	const d = ctx.decision;
	if (d.phase !== "closed") throw new Conflict("minority_error_not_closed");
	const deadline = minorityReportDeadline(d.closedAt, ctx.settings.minorityReportDays);
	if (!deadline || deadline.getTime() < now.getTime()) throw new Gone("minority_error_window_closed");
	const [ballot] = await db.select({ choice: ballots.choice }).from(ballots).where(and(eq(ballots.decisionId, decisionId), eq(ballots.voterId, actor.id), isNull(ballots.supersededAt)));
	const winner = d.result?.winner ?? null;
	if (!ballot || !onLosingSide(ballot.choice, d.outcome ?? "", winner)) throw new Forbidden("minority_error_not_losing_side");
	const input = parseInput(minorityReportInput, raw);
	return db.transaction(async (tx) => {
		const [row] = await tx.insert(minorityReports).values({
			decisionId,
			authorId: actor.id,
			title: input.title,
			body: input.body
		}).returning({ id: minorityReports.id });
		await tx.insert(minorityReportSignatures).values({
			reportId: row.id,
			memberId: actor.id
		});
		await appendEvent(tx, {
			type: "minority-report.filed",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: decisionId,
			data: { reportId: row.id }
		});
		return row.id;
	});
}
/** Co-sign a minority report: any member may add their name to a dissent they share. */
async function signMinorityReport(db, actor, decisionId, reportId) {
	await loadDecision(db, actor, decisionId);
	const [report] = await db.select({ id: minorityReports.id }).from(minorityReports).where(and(eq(minorityReports.id, reportId), eq(minorityReports.decisionId, decisionId)));
	if (!report) throw new NotFound("minority_error_not_found");
	await db.transaction(async (tx) => {
		if (!(await tx.insert(minorityReportSignatures).values({
			reportId,
			memberId: actor.id
		}).onConflictDoNothing().returning({ id: minorityReportSignatures.memberId })).length) throw new Conflict("minority_error_signed");
		await appendEvent(tx, {
			type: "minority-report.signed",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: decisionId,
			data: { reportId }
		});
	});
}
/** Petition to revisit a closed decision; the threshold is fixed from today's eligible members. */
async function petitionRevisit(db, actor, decisionId, raw) {
	const ctx = await loadDecision(db, actor, decisionId);
	await authorise(db, actor, "petition", ctx, "petition_error_not_eligible");
	const input = parseInput(petitionInput, raw);
	const eligible = await eligibleCount(db, ctx.decision);
	const threshold = Math.max(1, Math.ceil(eligible * ctx.settings.revisitPercent / 100));
	return db.transaction(async (tx) => {
		if ((await tx.select({ id: revisitPetitions.id }).from(revisitPetitions).where(and(eq(revisitPetitions.decisionId, decisionId), eq(revisitPetitions.status, "open")))).length) throw new Conflict("petition_error_exists");
		const [row] = await tx.insert(revisitPetitions).values({
			decisionId,
			authorId: actor.id,
			reason: input.reason,
			threshold
		}).returning({ id: revisitPetitions.id });
		await appendEvent(tx, {
			type: "petition.opened",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: decisionId,
			data: {
				petitionId: row.id,
				threshold
			}
		});
		await addSignature(tx, actor, ctx.decision.id, row.id);
		return row.id;
	});
}
async function signPetition(db, actor, decisionId, petitionId) {
	const ctx = await loadDecision(db, actor, decisionId);
	await authorise(db, actor, "petition", ctx, "petition_error_not_eligible");
	await db.transaction(async (tx) => {
		const [p] = await tx.select().from(revisitPetitions).where(and(eq(revisitPetitions.id, petitionId), eq(revisitPetitions.decisionId, decisionId))).for("update");
		if (!p) throw new NotFound("petition_error_not_found");
		if (p.status !== "open") throw new Conflict("petition_error_reopened");
		await addSignature(tx, actor, decisionId, petitionId);
	});
}
/** Add a signature; at the threshold, open the linked proposal for discussion. */
async function addSignature(tx, actor, decisionId, petitionId) {
	if (!(await tx.insert(revisitSignatures).values({
		petitionId,
		memberId: actor.id
	}).onConflictDoNothing().returning({ id: revisitSignatures.memberId })).length) throw new Conflict("petition_error_signed");
	await appendEvent(tx, {
		type: "petition.signed",
		actorId: actor.id,
		subjectType: "decision",
		subjectId: decisionId,
		data: { petitionId }
	});
	const [{ n }] = await tx.select({ n: count() }).from(revisitSignatures).where(eq(revisitSignatures.petitionId, petitionId));
	const [p] = await tx.select().from(revisitPetitions).where(eq(revisitPetitions.id, petitionId));
	if (n >= p.threshold) await reopen(tx, p.id, decisionId, p.authorId);
}
/** The new proposal: the old text and rules, in discussion now, linked to the decision it revisits. */
async function reopen(tx, petitionId, oldId, authorId, now = /* @__PURE__ */ new Date()) {
	const [old] = await tx.select().from(decisions).where(eq(decisions.id, oldId));
	const settings = old.settings;
	const [row] = await tx.insert(decisions).values({
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
		phase: "discussion",
		phaseChangedAt: now,
		...scheduleFrom(now, settings.hours),
		revisitOfId: oldId
	}).returning({ id: decisions.id });
	await tx.insert(decisionVersions).values({
		decisionId: row.id,
		version: 1,
		title: old.title,
		body: old.body,
		editorId: authorId
	});
	await tx.insert(decisionAuthors).values({
		decisionId: row.id,
		memberId: authorId
	});
	await tx.execute(sql`insert into decision_options (decision_id, position, label, description)
		select ${row.id}, position, label, description from ${decisionOptions} where decision_id = ${oldId}`);
	await tx.execute(sql`insert into decision_groups (decision_id, group_kind, group_id)
		select ${row.id}, group_kind, group_id from ${decisionGroups} where decision_id = ${oldId}`);
	await tx.update(revisitPetitions).set({
		status: "reopened",
		reopenedAsId: row.id
	}).where(eq(revisitPetitions.id, petitionId));
	await appendEvent(tx, {
		type: "decision.reopened",
		actorId: null,
		subjectType: "decision",
		subjectId: row.id,
		data: {
			revisits: oldId,
			petitionId
		}
	});
}
export { signPetition as a, signMinorityReport as i, minorityReportDeadline as n, petitionRevisit as r, fileMinorityReport as t };
