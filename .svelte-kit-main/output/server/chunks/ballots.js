import { _ as ballots, k as stakeDeclarations, x as decisionGroups } from "./i18n.js";
import { o as Invalid, t as Conflict } from "./errors.js";
import { t as appendEvent } from "./append.js";
import { n as parseInput } from "./validation.js";
import { _ as stakeInput, t as acceptsBallots } from "./lifecycle.js";
import { f as loadDecision, h as inAffectedGroup, n as countOptions, u as authorise, x as readChoice } from "./counting.js";
import { c as validStake, s as ballotWeight } from "./amendments.js";
import { and, eq, isNull, sql } from "drizzle-orm";
import { randomInt } from "node:crypto";
// src/lib/server/decisions/ballots.ts
/** Receipt codes: 12 characters from an alphabet without look-alikes, in groups of four. */
var ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
function newReceipt() {
	let code = "";
	for (let i = 0; i < 12; i++) code += ALPHABET[randomInt(32)];
	return code.replace(/(.{4})(?=.)/g, "$1-");
}
/** Advisory lock class for one voter's ballots (second key: the voter). */
var BALLOT_LOCK = 7101;
/**
* Cast or change a ballot. The decision row is locked for share, so many ballots go in at once
* but none slips past the close (which locks it for update). A changed vote supersedes the old
* one; the partial unique index keeps one current ballot per voter even under a race.
*/
async function castBallot(db, actor, id, raw, now = /* @__PURE__ */ new Date()) {
	const values = raw && typeof raw === "object" ? raw : {};
	return db.transaction(async (tx) => {
		const ctx = await loadDecision(tx, actor, id, "share");
		const d = ctx.decision;
		if (!acceptsBallots(d.phase, d.votingEndsAt, now)) throw new Conflict(d.phase === "closed" || d.phase === "voting" ? "ballot_error_closed" : "ballot_error_not_open");
		await authorise(tx, actor, "vote", ctx, "ballot_error_not_eligible");
		const options = await countOptions(tx, id);
		const reading = readChoice({
			ballotType: d.ballotType,
			method: d.method,
			options: options.map((o) => o.id),
			scoreMax: ctx.settings.scoreMax
		}, values);
		if (!reading.ok) throw new Invalid("error_form", { [reading.field]: reading.key });
		const groups = d.weighting === "group" ? await tx.select({
			groupKind: decisionGroups.groupKind,
			groupId: decisionGroups.groupId
		}).from(decisionGroups).where(eq(decisionGroups.decisionId, id)) : [];
		const [stake] = d.weighting === "stake" ? await tx.select({ level: stakeDeclarations.level }).from(stakeDeclarations).where(and(eq(stakeDeclarations.decisionId, id), eq(stakeDeclarations.memberId, actor.id))) : [];
		const weight = ballotWeight(d.weighting, ctx.settings, {
			inAffectedGroup: groups.length ? await inAffectedGroup(tx, groups, actor.id) : false,
			stake: stake?.level ?? null
		});
		await tx.execute(sql`select pg_advisory_xact_lock(${BALLOT_LOCK}::int, ${actor.id}::int)`);
		const superseded = await tx.update(ballots).set({ supersededAt: now }).where(and(eq(ballots.decisionId, id), eq(ballots.voterId, actor.id), isNull(ballots.supersededAt))).returning({ id: ballots.id });
		const receipt = d.secret ? newReceipt() : null;
		await tx.insert(ballots).values({
			decisionId: id,
			voterId: actor.id,
			choice: reading.choice,
			reason: reading.reason,
			weight,
			receipt,
			castAt: now
		});
		await appendEvent(tx, {
			type: superseded.length ? "ballot.changed" : "ballot.cast",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: id,
			data: { weight }
		});
		return {
			receipt,
			weight,
			changed: superseded.length > 0
		};
	});
}
/** Declare how affected one is, on the decision's scale, with a reason. Public, even when ballots are secret. */
async function declareStake(db, actor, id, raw) {
	const ctx = await loadDecision(db, actor, id);
	await authorise(db, actor, "declare-stake", ctx, "stake_error_not_eligible");
	if (ctx.decision.weighting !== "stake") throw new Conflict("stake_error_not_used");
	const input = parseInput(stakeInput, raw);
	if (!validStake(input.level, ctx.settings)) throw new Invalid("error_form", { level: "stake_error_out_of_scale" });
	await db.transaction(async (tx) => {
		await tx.insert(stakeDeclarations).values({
			decisionId: id,
			memberId: actor.id,
			level: input.level,
			reason: input.reason
		}).onConflictDoUpdate({
			target: [stakeDeclarations.decisionId, stakeDeclarations.memberId],
			set: {
				level: input.level,
				reason: input.reason,
				declaredAt: sql`now()`
			}
		});
		await appendEvent(tx, {
			type: "stake.declared",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: id,
			data: { level: input.level }
		});
	});
}
export { declareStake as n, newReceipt as r, castBallot as t };
