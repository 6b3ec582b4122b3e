import { B as chapters, C as decisionVersions, S as decisionOptions, b as decisionAuthors, q as members, w as decisions, x as decisionGroups, y as committees } from "./i18n.js";
import { i as Forbidden, o as Invalid, t as Conflict } from "./errors.js";
import { t as appendEvent } from "./append.js";
import { t as membershipSettings } from "./membership-settings.js";
import { n as parseInput } from "./validation.js";
import { r as slugify } from "./reader.js";
import { d as decisionInput, f as decisionText, i as scheduleFrom, m as outcomeInput, u as coauthorInput } from "./lifecycle.js";
import { D as methodFor, f as loadDecision, g as isEligible, u as authorise, v as can, w as DEFAULT_SETTINGS } from "./counting.js";
import { and, eq, sql } from "drizzle-orm";
// src/lib/domain/decisions/scope.ts
/**
* `ancestors` lists a chapter's chain from the root down to (and including) itself; for a project,
* the chain of its chapter (empty when organisation-wide).
*/
function smallestScope(groups) {
	if (!groups.length) return { kind: "organisation" };
	if (groups.length === 1 && groups[0].kind === "project") return {
		kind: "project",
		id: groups[0].id
	};
	if (new Set(groups.filter((g) => g.kind === "project").map((g) => g.id)).size === 1 && groups.every((g) => g.kind === "project")) return {
		kind: "project",
		id: groups[0].id
	};
	const chains = groups.map((g) => g.ancestors);
	if (chains.some((c) => c.length === 0)) return { kind: "organisation" };
	let common = 0;
	while (chains.every((c) => c.length > common && c[common] === chains[0][common])) common++;
	return common <= 1 ? { kind: "organisation" } : {
		kind: "chapter",
		id: chains[0][common - 1]
	};
}
// src/lib/server/decisions/scopes.ts
/** `chapter:12` → { scopeKind: 'chapter', scopeId: 12 }; `organisation` → no id. */
function parseScopeRef(ref) {
	if (ref === "organisation") return {
		scopeKind: "organisation",
		scopeId: null
	};
	const [kind, id] = ref.split(":");
	return {
		scopeKind: kind,
		scopeId: Number(id)
	};
}
/** Check a scope exists (the root chapter stands for the organisation, so it is not a chapter scope). */
async function checkScope(db, scope) {
	if (scope.scopeKind === "organisation") return;
	const id = scope.scopeId ?? 0;
	let found = false;
	if (scope.scopeKind === "chapter") {
		const [c] = await db.select({ parentId: chapters.parentId }).from(chapters).where(eq(chapters.id, id));
		found = !!c && c.parentId !== null;
	} else if (scope.scopeKind === "committee") {
		const [c] = await db.select({ id: committees.id }).from(committees).where(eq(committees.id, id));
		found = !!c;
	} else if (scope.scopeKind === "project") found = (await db.execute(sql`select 1 from projects where id = ${id}`)).rows.length > 0;
	if (!found) throw new Invalid("error_form", { scope: "decision_error_unknown_scope" });
}
/** The chapter chain from the root down to each named group, for the smallest-scope rule. */
async function affectedGroups(db, refs) {
	const out = [];
	for (const ref of refs) {
		const { scopeKind, scopeId } = parseScopeRef(ref);
		const id = scopeId ?? 0;
		if (scopeKind === "chapter") {
			const chain = await ancestors(db, id);
			if (!chain.length) throw new Invalid("error_form", { affected: "decision_error_unknown_scope" });
			out.push({
				kind: "chapter",
				id,
				ancestors: chain
			});
		} else {
			const r = await db.execute(sql`select chapter_id from projects where id = ${id}`);
			if (!r.rows.length) throw new Invalid("error_form", { affected: "decision_error_unknown_scope" });
			const chapterId = r.rows[0].chapter_id === null ? null : Number(r.rows[0].chapter_id);
			out.push({
				kind: "project",
				id,
				chapterId,
				ancestors: chapterId === null ? [] : await ancestors(db, chapterId)
			});
		}
	}
	return out;
}
async function ancestors(db, chapterId) {
	return (await db.execute(sql`
		with recursive up(id, parent_id, depth) as (
			select id, parent_id, 0 from chapters where id = ${chapterId}
			union all
			select c.id, c.parent_id, up.depth + 1 from chapters c join up on c.id = up.parent_id where up.depth < 10)
		select id from up order by depth desc`)).rows.map((row) => Number(row.id));
}
/** The smallest scope containing every affected group, as a `kind:id` reference. */
async function suggestScope(db, refs) {
	const s = smallestScope(await affectedGroups(db, refs));
	return s.kind === "organisation" ? "organisation" : `${s.kind}:${s.id}`;
}
// src/lib/server/decisions/commands.ts
var THRESHOLDS = {
	majority: {
		numerator: 1,
		denominator: 2,
		inclusive: false
	},
	"two-thirds": {
		numerator: 2,
		denominator: 3,
		inclusive: true
	},
	"three-quarters": {
		numerator: 3,
		denominator: 4,
		inclusive: true
	}
};
function settingsFrom(input) {
	return {
		...DEFAULT_SETTINGS,
		threshold: THRESHOLDS[input.threshold],
		quorum: input.quorumPercent ? {
			numerator: input.quorumPercent,
			denominator: 100
		} : null,
		maxBlocks: input.maxBlocks,
		groupFactor: input.groupFactor,
		stakeLevels: input.stakeLevels,
		minorityReportDays: input.minorityReportDays,
		revisitPercent: input.revisitPercent,
		hours: {
			discussion: input.discussionDays * 24,
			amendments: input.amendmentDays * 24,
			voting: input.votingDays * 24
		}
	};
}
/** Rules that span fields: options for a choice, groups for by-group weighting. */
function checkDecisionRules(input) {
	if (input.template === "compromise-runoff" && input.ballotType !== "choice") throw new Invalid("error_form", { ballotType: "decision_error_runoff_needs_choice" });
	if (input.ballotType === "choice") {
		if (input.options.length < 2) throw new Invalid("error_form", { options: "decision_error_options_few" });
		if (input.options.length > 30) throw new Invalid("error_form", { options: "decision_error_options_many" });
		if (input.options.some((o) => o.length > 200)) throw new Invalid("error_form", { options: "decision_error_option_long" });
	}
	if (input.weighting === "group" && !input.affected.length) throw new Invalid("error_form", { affected: "decision_error_groups_needed" });
}
/** Propose a decision: a draft its author can still change, then submit to discussion. */
async function createDecision(db, actor, raw) {
	const { tierRights } = await membershipSettings(db);
	if (!can(actor, "propose", null, tierRights)) throw new Forbidden("decision_error_cannot_propose");
	const input = parseInput(decisionInput, raw);
	checkDecisionRules(input);
	const scope = parseScopeRef(input.scope);
	await checkScope(db, scope);
	if (scope.scopeKind !== "organisation" && !await isEligible(db, scope, actor.id)) throw new Invalid("error_form", { scope: "decision_error_not_in_scope" });
	return db.transaction(async (tx) => {
		const [row] = await tx.insert(decisions).values({
			title: input.title,
			slug: slugify(input.title),
			summary: input.summary,
			body: input.body,
			language: input.language,
			authorId: actor.id,
			...scope,
			ballotType: input.ballotType,
			method: methodFor(input.ballotType, input.method),
			weighting: input.weighting,
			secret: input.secret,
			hideResultsUntilClose: input.hideResults,
			settings: settingsFrom(input),
			stage: input.template === "compromise-runoff" ? "positions" : null
		}).returning({ id: decisions.id });
		await writeParts(tx, row.id, actor.id, input, 1);
		await tx.insert(decisionAuthors).values({
			decisionId: row.id,
			memberId: actor.id
		});
		await appendEvent(tx, {
			type: "decision.drafted",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: row.id
		});
		return row.id;
	});
}
async function writeParts(tx, id, editorId, input, version) {
	await tx.delete(decisionOptions).where(eq(decisionOptions.decisionId, id));
	if (input.ballotType === "choice") await tx.insert(decisionOptions).values(input.options.map((label, i) => ({
		decisionId: id,
		position: i + 1,
		label
	})));
	await tx.delete(decisionGroups).where(eq(decisionGroups.decisionId, id));
	if (input.affected.length) await tx.insert(decisionGroups).values([...new Set(input.affected)].map((ref) => {
		const g = parseScopeRef(ref);
		return {
			decisionId: id,
			groupKind: g.scopeKind,
			groupId: g.scopeId ?? 0
		};
	}));
	await tx.insert(decisionVersions).values({
		decisionId: id,
		version,
		title: input.title,
		body: input.body,
		editorId,
		note: input.note
	}).onConflictDoUpdate({
		target: [decisionVersions.decisionId, decisionVersions.version],
		set: {
			title: input.title,
			body: input.body,
			note: input.note
		}
	});
}
/** Change a draft: everything may still change; the draft stays one version. */
async function updateDraft(db, actor, id, raw) {
	const ctx = await loadDecision(db, actor, id);
	if (ctx.decision.phase !== "draft") throw new Conflict("decision_error_not_draft");
	await authorise(db, actor, "edit", ctx);
	const input = parseInput(decisionInput, raw);
	checkDecisionRules(input);
	const scope = parseScopeRef(input.scope);
	await checkScope(db, scope);
	await db.transaction(async (tx) => {
		await tx.update(decisions).set({
			title: input.title,
			slug: slugify(input.title),
			summary: input.summary,
			body: input.body,
			language: input.language,
			...scope,
			ballotType: input.ballotType,
			method: methodFor(input.ballotType, input.method),
			weighting: input.weighting,
			secret: input.secret,
			hideResultsUntilClose: input.hideResults,
			settings: settingsFrom(input),
			stage: input.template === "compromise-runoff" ? "positions" : ctx.decision.stage,
			updatedAt: sql`now()`
		}).where(eq(decisions.id, id));
		await writeParts(tx, id, actor.id, input, 1);
		await appendEvent(tx, {
			type: "decision.edited",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: id
		});
	});
}
/**
* Revise the text during discussion or amendments: a new version, the old ones kept. Ballot
* rules no longer change once members have started to discuss them.
*/
async function reviseDecision(db, actor, id, raw) {
	const ctx = await loadDecision(db, actor, id);
	await authorise(db, actor, "edit", ctx);
	if (ctx.decision.phase === "draft") throw new Conflict("decision_error_not_draft");
	const input = parseInput(decisionText, raw);
	await db.transaction(async (tx) => {
		const version = await newVersion(tx, id, actor.id, {
			...input,
			amendmentId: null
		});
		await tx.update(decisions).set({
			summary: input.summary,
			updatedAt: sql`now()`
		}).where(eq(decisions.id, id));
		await appendEvent(tx, {
			type: "decision.revised",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: id,
			data: { version }
		});
	});
}
/** Write the next version of the text under a lock, so two revisions cannot share a number. */
async function newVersion(tx, id, editorId, text) {
	const [row] = await tx.update(decisions).set({
		version: sql`${decisions.version} + 1`,
		title: text.title,
		slug: slugify(text.title),
		body: text.body
	}).where(eq(decisions.id, id)).returning({ version: decisions.version });
	await tx.insert(decisionVersions).values({
		decisionId: id,
		version: row.version,
		title: text.title,
		body: text.body,
		editorId,
		note: text.note,
		amendmentId: text.amendmentId
	});
	return row.version;
}
async function addCoauthor(db, actor, id, raw) {
	const ctx = await loadDecision(db, actor, id);
	await authorise(db, actor, "add-coauthor", ctx);
	const { handle } = parseInput(coauthorInput, raw);
	const [member] = await db.select({ id: members.id }).from(members).where(and(sql`lower(${members.handle}) = lower(${handle})`, sql`${members.deletedAt} is null`));
	if (!member) throw new Invalid("error_form", { handle: "decision_error_unknown_member" });
	if (!await isEligible(db, ctx.decision, member.id) && ctx.decision.scopeKind !== "organisation") throw new Invalid("error_form", { handle: "decision_error_coauthor_not_in_scope" });
	await db.transaction(async (tx) => {
		if ((await tx.insert(decisionAuthors).values({
			decisionId: id,
			memberId: member.id
		}).onConflictDoNothing().returning({ id: decisionAuthors.memberId })).length) await appendEvent(tx, {
			type: "decision.coauthor-added",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: id,
			data: { memberId: member.id }
		});
	});
}
/** Submit a draft: discussion opens now and every later phase gets its deadline. */
async function submitDecision(db, actor, id, now = /* @__PURE__ */ new Date()) {
	const ctx = await loadDecision(db, actor, id);
	await authorise(db, actor, "submit", ctx, "decision_error_not_draft");
	const deadlines = scheduleFrom(now, ctx.settings.hours);
	await db.transaction(async (tx) => {
		if (!(await tx.update(decisions).set({
			phase: "discussion",
			phaseChangedAt: now,
			...deadlines,
			updatedAt: sql`now()`
		}).where(and(eq(decisions.id, id), eq(decisions.phase, "draft"))).returning({ id: decisions.id })).length) throw new Conflict("decision_error_not_draft");
		await appendEvent(tx, {
			type: "decision.submitted",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: id
		});
	});
}
/** The authors record what was decided, in words, once the decision is closed. */
async function recordOutcome(db, actor, id, raw) {
	const ctx = await loadDecision(db, actor, id);
	await authorise(db, actor, "record-outcome", ctx);
	const { statement } = parseInput(outcomeInput, raw);
	await db.transaction(async (tx) => {
		await tx.update(decisions).set({
			outcomeStatement: statement,
			updatedAt: sql`now()`
		}).where(eq(decisions.id, id));
		await appendEvent(tx, {
			type: "decision.outcome-recorded",
			actorId: actor.id,
			subjectType: "decision",
			subjectId: id
		});
	});
}
export { reviseDecision as a, suggestScope as c, recordOutcome as i, createDecision as n, submitDecision as o, newVersion as r, updateDraft as s, addCoauthor as t };
