import { C as decisionVersions, S as decisionOptions, b as decisionAuthors, g as amendments, h as amendmentVotes, r as translate, t as isLocale, w as decisions } from "./i18n.js";
import { t as appendEvent } from "./append.js";
import { a as applyAmendment, n as dueTransition } from "./lifecycle.js";
import { O as readSettings, i as evaluateMotion, m as eligibleCount, t as countDecision } from "./counting.js";
import { r as newVersion } from "./commands.js";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
// src/lib/server/decisions/runoff.ts
/**
* The compromise run-off, the model organisation's own procedure, as a decision template: a poll
* on positions; when it closes, a run-off opens as a draft for the same authors to write the
* compromise text, and its vote is between that compromise and the most popular position.
*/
async function openRunoff(tx, positions, now) {
	const result = positions.result;
	const winner = result?.options.find((o) => o.id === result.winner);
	if (!winner) return;
	const locale = isLocale(positions.language) ? positions.language : "en";
	const [row] = await tx.insert(decisions).values({
		title: positions.title,
		slug: positions.slug,
		summary: positions.summary,
		body: positions.body,
		language: positions.language,
		authorId: positions.authorId,
		scopeKind: positions.scopeKind,
		scopeId: positions.scopeId,
		ballotType: "choice",
		method: "schulze",
		weighting: positions.weighting,
		secret: positions.secret,
		hideResultsUntilClose: positions.hideResultsUntilClose,
		settings: positions.settings,
		stage: "runoff",
		followsId: positions.id,
		phaseChangedAt: now
	}).returning({ id: decisions.id });
	await tx.insert(decisionOptions).values([{
		decisionId: row.id,
		position: 1,
		label: translate("decision_runoff_compromise", {}, locale)
	}, {
		decisionId: row.id,
		position: 2,
		label: winner.label
	}]);
	await tx.insert(decisionVersions).values({
		decisionId: row.id,
		version: 1,
		title: positions.title,
		body: positions.body,
		editorId: positions.authorId
	});
	const authors = await tx.select({ memberId: decisionAuthors.memberId }).from(decisionAuthors).where(eq(decisionAuthors.decisionId, positions.id));
	if (authors.length) await tx.insert(decisionAuthors).values(authors.map((a) => ({
		decisionId: row.id,
		memberId: a.memberId
	})));
	await appendEvent(tx, {
		type: "decision.runoff-opened",
		actorId: null,
		subjectType: "decision",
		subjectId: row.id,
		data: { follows: positions.id }
	});
	return row.id;
}
// src/lib/server/decisions/advance.ts
/**
* Moving decisions through their phases at their deadlines. The scheduler's `decisions.advance`
* job calls `advanceDueDecisions` every minute on one process; each step also runs under the
* decision's row lock and only from the phase it expects, so even two processes running it at
* once move a decision once.
*/
var deadlinesOf = (d) => ({
	discussionEndsAt: d.discussionEndsAt,
	amendmentsEndAt: d.amendmentsEndAt,
	votingEndsAt: d.votingEndsAt
});
/** Advance every decision whose deadline has passed; returns how many steps were taken. */
async function advanceDueDecisions(db, now = /* @__PURE__ */ new Date()) {
	const due = await db.select({ id: decisions.id }).from(decisions).where(and(inArray(decisions.phase, [
		"discussion",
		"amendments",
		"voting"
	]), sql`case ${decisions.phase} when 'discussion' then ${decisions.discussionEndsAt}
					when 'amendments' then ${decisions.amendmentsEndAt} else ${decisions.votingEndsAt} end <= ${now}`)).orderBy(asc(decisions.id)).limit(500);
	let steps = 0;
	for (const { id } of due) steps += await advanceDecision(db, id, now);
	return steps;
}
/** Take every step now due for one decision (a zero-length phase is passed straight through). */
async function advanceDecision(db, id, now = /* @__PURE__ */ new Date()) {
	let steps = 0;
	for (;;) {
		if (!await db.transaction(async (tx) => {
			const [d] = await tx.select().from(decisions).where(eq(decisions.id, id)).for("update", { skipLocked: true });
			if (!d) return false;
			const next = dueTransition(d.phase, deadlinesOf(d), now);
			if (!next) return false;
			await enterPhase(tx, d, next, now);
			return true;
		})) return steps;
		steps++;
	}
}
/** Make one transition inside the caller's transaction (which holds the row lock). */
async function enterPhase(tx, d, next, now) {
	if (next === "voting") await resolveAmendmentVotes(tx, d);
	const scope = {
		scopeKind: d.scopeKind,
		scopeId: d.scopeId
	};
	const set = {
		phase: next,
		phaseChangedAt: now
	};
	if (next === "voting") set.eligibleAtOpen = await eligibleCount(tx, scope);
	if (next === "closed") {
		const eligible = await eligibleCount(tx, scope);
		const tally = await countDecision(tx, d, eligible);
		Object.assign(set, {
			eligibleAtClose: eligible,
			outcome: tally.outcome,
			closedAt: now,
			result: {
				raw: tally.raw,
				weighted: tally.weighted,
				winner: tally.winner,
				turnout: tally.turnout,
				quorumRequired: tally.quorumRequired,
				options: tally.options
			}
		});
	}
	await tx.update(decisions).set(set).where(eq(decisions.id, d.id));
	await appendEvent(tx, {
		type: next === "closed" ? "decision.closed" : "decision.phase-changed",
		actorId: null,
		subjectType: "decision",
		subjectId: d.id,
		data: {
			from: d.phase,
			to: next,
			...set.outcome ? { outcome: set.outcome } : {}
		}
	});
	if (next === "closed" && d.stage === "positions") await openRunoff(tx, {
		...d,
		...set
	}, now);
}
/**
* When amendments close, the ones put to a vote are decided (more than half of the weighted votes
* cast, abstentions aside) and carried ones applied in the order they were proposed; one whose
* lines were changed since cannot be applied and is marked so. Amendments the authors neither
* accepted nor put to a vote lapse.
*/
async function resolveAmendmentVotes(tx, d) {
	const pending = await tx.select().from(amendments).where(and(eq(amendments.decisionId, d.id), inArray(amendments.status, ["open", "voting"]))).orderBy(asc(amendments.id));
	const threshold = readSettings(d.settings).threshold;
	for (const a of pending) {
		if (a.status === "open") {
			await tx.update(amendments).set({
				status: "lapsed",
				resolvedAt: sql`now()`
			}).where(eq(amendments.id, a.id));
			continue;
		}
		const votes = await tx.select({
			choice: amendmentVotes.choice,
			weight: amendmentVotes.weight
		}).from(amendmentVotes).where(eq(amendmentVotes.amendmentId, a.id));
		const sum = (c) => votes.filter((v) => v.choice === c).reduce((n, v) => n + v.weight, 0);
		const figures = evaluateMotion({ threshold }, sum("yes"), sum("no"), sum("abstain"));
		let status = figures.outcome === "passes" ? "carried" : "defeated";
		let appliedVersion = null;
		if (status === "carried") {
			const [current] = await tx.select({
				title: decisions.title,
				body: decisions.body
			}).from(decisions).where(eq(decisions.id, d.id));
			const base = await baseText(tx, d.id, a.baseVersion);
			const merged = applyAmendment(base, a.body, current.body);
			if (merged === null) status = "conflicted";
			else appliedVersion = await newVersion(tx, d.id, a.authorId, {
				title: current.title,
				body: merged,
				note: "",
				amendmentId: a.id
			});
		}
		await tx.update(amendments).set({
			status,
			resolvedAt: sql`now()`,
			appliedVersion,
			result: figures
		}).where(eq(amendments.id, a.id));
	}
}
async function baseText(tx, decisionId, version) {
	return (await tx.execute(sql`select body from decision_versions where decision_id = ${decisionId} and version = ${version}`)).rows[0]?.body ?? "";
}
/**
* For browser tests (PLENARY_TEST_CLOCK=on only): end a decision's current phase now, as if its
* deadline had come, and take the step the scheduler would take.
*/
async function endPhaseForTest(db, id, now = /* @__PURE__ */ new Date()) {
	await db.execute(sql`
		update decisions set
			discussion_ends_at = case when phase = 'discussion' then ${now} else discussion_ends_at end,
			amendments_end_at = case when phase = 'amendments' then ${now} else amendments_end_at end,
			voting_ends_at = case when phase = 'voting' then ${now} else voting_ends_at end
		where id = ${id}`);
	return advanceDecision(db, id, now);
}
export { enterPhase as a, endPhaseForTest as i, advanceDueDecisions as n, baseText as r, advanceDecision as t };
