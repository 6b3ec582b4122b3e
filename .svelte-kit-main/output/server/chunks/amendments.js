import { g as amendments, h as amendmentVotes, k as stakeDeclarations, w as decisions, x as decisionGroups } from "./i18n.js";
import { i as Forbidden, o as Invalid, t as Conflict } from "./errors.js";
import { t as appendEvent } from "./append.js";
import { n as parseInput } from "./validation.js";
import { a as applyAmendment, c as amendmentInput, l as amendmentVoteInput, r as endPhaseNow } from "./lifecycle.js";
import { a as enterPhase, r as baseText } from "./advance.js";
import { r as newVersion } from "./commands.js";
import { d as loadAmendment, f as loadDecision, h as inAffectedGroup, u as authorise } from "./counting.js";
import { and, eq, sql } from "drizzle-orm";
// src/lib/domain/decisions/weights.ts
function ballotWeight(weighting, settings, voter) {
	if (weighting === "group") return voter.inAffectedGroup ? settings.groupFactor : 1;
	if (weighting === "stake") return voter.stake ?? 1;
	return 1;
}
function validStake(level, settings) {
	return Number.isInteger(level) && level >= 1 && level <= settings.stakeLevels;
}
// src/lib/server/decisions/amendments.ts
/** Propose a change: the whole amended text, against the version it was written on. */
async function proposeAmendment(db, actor, decisionId, raw) {
	const ctx = await loadDecision(db, actor, decisionId);
	if (!ctx.decision.amendmentsOpen || !["discussion", "amendments"].includes(ctx.decision.phase)) throw new Conflict("amendment_error_closed");
	await authorise(db, actor, "amend", ctx, "amendment_error_not_eligible");
	const input = parseInput(amendmentInput, raw);
	if (input.body === ctx.decision.body.trim()) throw new Invalid("error_form", { body: "amendment_error_no_change" });
	return db.transaction(async (tx) => {
		const [row] = await tx.insert(amendments).values({
			decisionId,
			authorId: actor.id,
			baseVersion: ctx.decision.version,
			body: input.body,
			reason: input.reason
		}).returning({ id: amendments.id });
		await appendEvent(tx, {
			type: "amendment.proposed",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: decisionId,
			data: { amendmentId: row.id }
		});
		return row.id;
	});
}
/** The authors take an amendment into the text: a new version that notes where it came from. */
async function acceptAmendment(db, actor, decisionId, amendmentId) {
	const ctx = await loadDecision(db, actor, decisionId);
	await authorise(db, actor, "resolve-amendment", ctx, "amendment_error_authors_only");
	await db.transaction(async (tx) => {
		const [d] = await tx.select().from(decisions).where(eq(decisions.id, decisionId)).for("update");
		const a = await loadAmendment(tx, decisionId, amendmentId);
		if (a.status !== "open" && a.status !== "voting") throw new Conflict("amendment_error_resolved");
		const merged = applyAmendment(await baseText(tx, decisionId, a.baseVersion), a.body, d.body);
		if (merged === null) throw new Conflict("amendment_error_conflict");
		const version = await newVersion(tx, decisionId, actor.id, {
			title: d.title,
			body: merged,
			note: "",
			amendmentId
		});
		await tx.update(amendments).set({
			status: "accepted",
			resolvedById: actor.id,
			resolvedAt: sql`now()`,
			appliedVersion: version
		}).where(eq(amendments.id, amendmentId));
		await appendEvent(tx, {
			type: "amendment.accepted",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: decisionId,
			data: {
				amendmentId,
				version
			}
		});
	});
}
/** The authors do not take it: it goes to a vote of the eligible members until amendments close. */
async function putAmendmentToVote(db, actor, decisionId, amendmentId) {
	const ctx = await loadDecision(db, actor, decisionId);
	await authorise(db, actor, "resolve-amendment", ctx, "amendment_error_authors_only");
	await transition(db, actor, decisionId, amendmentId, "open", "voting", "amendment.put-to-vote");
}
async function withdrawAmendment(db, actor, decisionId, amendmentId) {
	await loadDecision(db, actor, decisionId);
	const a = await loadAmendment(db, decisionId, amendmentId);
	if (a.authorId !== actor.id) throw new Forbidden("amendment_error_own_only");
	await transition(db, actor, decisionId, amendmentId, a.status, "withdrawn", "amendment.withdrawn");
}
async function transition(db, actor, decisionId, amendmentId, from, to, type) {
	await db.transaction(async (tx) => {
		if (!(await tx.update(amendments).set({
			status: to,
			...to === "withdrawn" ? {
				resolvedAt: sql`now()`,
				resolvedById: actor.id
			} : {}
		}).where(and(eq(amendments.id, amendmentId), eq(amendments.status, from), sql`${amendments.status} in ('open', 'voting')`)).returning({ id: amendments.id })).length) throw new Conflict("amendment_error_resolved");
		await appendEvent(tx, {
			type,
			actorId: actor.id,
			subjectType: "decision",
			subjectId: decisionId,
			data: { amendmentId }
		});
	});
}
/** An open vote on an amendment; one current vote per member, weighted like the decision. */
async function voteOnAmendment(db, actor, decisionId, amendmentId, raw) {
	const ctx = await loadDecision(db, actor, decisionId);
	await authorise(db, actor, "vote-amendment", ctx, "ballot_error_not_eligible");
	const { vote } = parseInput(amendmentVoteInput, raw);
	if ((await loadAmendment(db, decisionId, amendmentId)).status !== "voting") throw new Conflict("amendment_error_not_voting");
	const groups = await db.select({
		groupKind: decisionGroups.groupKind,
		groupId: decisionGroups.groupId
	}).from(decisionGroups).where(eq(decisionGroups.decisionId, decisionId));
	const [stake] = await db.select({ level: stakeDeclarations.level }).from(stakeDeclarations).where(and(eq(stakeDeclarations.decisionId, decisionId), eq(stakeDeclarations.memberId, actor.id)));
	const weight = ballotWeight(ctx.decision.weighting, ctx.settings, {
		inAffectedGroup: await inAffectedGroup(db, groups, actor.id),
		stake: stake?.level ?? null
	});
	await db.transaction(async (tx) => {
		await tx.insert(amendmentVotes).values({
			amendmentId,
			memberId: actor.id,
			choice: vote,
			weight
		}).onConflictDoUpdate({
			target: [amendmentVotes.amendmentId, amendmentVotes.memberId],
			set: {
				choice: vote,
				weight,
				castAt: sql`now()`
			}
		});
		await appendEvent(tx, {
			type: "amendment.voted",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: decisionId,
			data: { amendmentId }
		});
	});
}
/**
* The authors close the amendment window. During the amendments phase that starts the vote now;
* during discussion the amendments phase is dropped and voting follows the discussion.
*/
async function closeAmendments(db, actor, decisionId, now = /* @__PURE__ */ new Date()) {
	const ctx = await loadDecision(db, actor, decisionId);
	await authorise(db, actor, "close-amendments", ctx, "amendment_error_authors_only");
	await db.transaction(async (tx) => {
		const [d] = await tx.select().from(decisions).where(eq(decisions.id, decisionId)).for("update");
		if (!d.amendmentsOpen) throw new Conflict("amendment_error_closed");
		const deadlines = {
			discussionEndsAt: d.discussionEndsAt,
			amendmentsEndAt: d.amendmentsEndAt,
			votingEndsAt: d.votingEndsAt
		};
		const moved = d.phase === "amendments" ? endPhaseNow("amendments", deadlines, now) : endPhaseNow("amendments", {
			...deadlines,
			amendmentsEndAt: d.amendmentsEndAt
		}, d.discussionEndsAt ?? now);
		await tx.update(decisions).set({
			amendmentsOpen: false,
			...moved
		}).where(eq(decisions.id, decisionId));
		await appendEvent(tx, {
			type: "decision.amendments-closed",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: decisionId
		});
		if (d.phase === "amendments") await enterPhase(tx, {
			...d,
			...moved,
			amendmentsOpen: false
		}, "voting", now);
	});
}
export { voteOnAmendment as a, validStake as c, putAmendmentToVote as i, closeAmendments as n, withdrawAmendment as o, proposeAmendment as r, ballotWeight as s, acceptAmendment as t };
