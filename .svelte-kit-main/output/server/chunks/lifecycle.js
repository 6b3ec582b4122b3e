import { C as CHOICE_METHODS, E as WEIGHTINGS, S as BALLOT_TYPES } from "./counting.js";
import { z } from "zod";
// src/lib/schemas/decisions.ts
/** Input shapes for decisions, amendments, stakes, outcomes and dissent. Messages are keys. */
var required = (max, long) => z.string({ error: "error_required" }).trim().min(1, { error: "error_required" }).max(max, { error: long });
var whole = (min, max) => z.coerce.number({ error: "error_invalid_value" }).int({ error: "error_invalid_value" }).min(min, { error: "decision_error_out_of_range" }).max(max, { error: "decision_error_out_of_range" });
var checkbox = z.union([
	z.literal("on"),
	z.literal("true"),
	z.literal(""),
	z.boolean()
]).optional().transform((v) => v === true || v === "on" || v === "true");
/** `kind:id` references such as `chapter:12`; the organisation is `organisation`. */
var groupRef = z.string().regex(/^(chapter|project):\d{1,15}$/, { error: "error_invalid_value" });
var scopeRef = z.string({ error: "error_required" }).regex(/^(organisation|(chapter|project|committee):\d{1,15})$/, { error: "error_invalid_value" });
var THRESHOLD_PRESETS = [
	"majority",
	"two-thirds",
	"three-quarters"
];
var decisionText = z.object({
	title: required(200, "decision_error_title_long"),
	summary: z.string().trim().max(500, { error: "decision_error_summary_long" }).default(""),
	body: required(1e5, "decision_error_body_long"),
	note: z.string().trim().max(300, { error: "decision_error_note_long" }).default("")
});
var decisionInput = decisionText.extend({
	language: z.string().trim().regex(/^[a-z]{2,3}$/, { error: "error_invalid_value" }).default("en"),
	scope: scopeRef,
	affected: z.array(groupRef).max(20, { error: "decision_error_too_many_groups" }).default([]),
	ballotType: z.enum(BALLOT_TYPES, { error: "error_invalid_value" }),
	method: z.enum(CHOICE_METHODS, { error: "error_invalid_value" }).default("schulze"),
	/** One option per line (choice decisions). */
	options: z.string().max(5e3, { error: "decision_error_options_long" }).default("").transform((s) => s.split("\n").map((l) => l.trim()).filter(Boolean)),
	weighting: z.enum(WEIGHTINGS, { error: "error_invalid_value" }).default("equal"),
	groupFactor: whole(2, 10).default(2),
	stakeLevels: whole(3, 10).default(5),
	secret: checkbox,
	hideResults: checkbox,
	threshold: z.enum(THRESHOLD_PRESETS, { error: "error_invalid_value" }).default("majority"),
	quorumPercent: whole(0, 100).default(0),
	maxBlocks: whole(0, 20).default(0),
	discussionDays: whole(1, 90).default(7),
	amendmentDays: whole(0, 30).default(3),
	votingDays: whole(1, 60).default(7),
	minorityReportDays: whole(1, 90).default(14),
	revisitPercent: whole(1, 100).default(10),
	/** Compromise run-off: a positions poll first. */
	template: z.enum(["standard", "compromise-runoff"], { error: "error_invalid_value" }).default("standard")
});
var coauthorInput = z.object({ handle: required(40, "error_invalid_value").transform((h) => h.replace(/^@/, "")) });
var amendmentInput = z.object({
	body: required(1e5, "decision_error_body_long"),
	reason: required(2e3, "amendment_error_reason_long")
});
var amendmentVoteInput = z.object({ vote: z.enum([
	"yes",
	"no",
	"abstain"
], { error: "ballot_error_choose" }) });
var stakeInput = z.object({
	level: whole(1, 10),
	reason: required(1e3, "stake_error_reason_long")
});
var outcomeInput = z.object({ statement: required(1e4, "decision_error_body_long") });
var minorityReportInput = z.object({
	title: required(200, "decision_error_title_long"),
	body: required(2e4, "decision_error_body_long")
});
var petitionInput = z.object({ reason: required(2e3, "petition_error_reason_long") });
var registerFilter = z.object({
	q: z.string().trim().max(200).optional().catch(void 0),
	phase: z.enum([
		"draft",
		"discussion",
		"amendments",
		"voting",
		"closed"
	]).optional().catch(void 0),
	scope: scopeRef.optional().catch(void 0),
	outcome: z.enum([
		"passes",
		"fails",
		"blocked",
		"no-quorum",
		"chosen"
	]).optional().catch(void 0),
	before: z.coerce.number().int().positive().optional().catch(void 0)
});
// src/lib/domain/decisions/text-diff.ts
/** Above this many edits the texts are treated as wholly replaced (a bound on time and memory). */
var MAX_EDITS = 4e3;
/** The edit script turning `a` into `b`, as runs of equal, deleted and inserted tokens. */
function diffTokens(a, b) {
	const n = a.length;
	const m = b.length;
	const max = Math.min(n + m, MAX_EDITS);
	const offset = max + 1;
	let v = new Int32Array(2 * max + 3);
	const trace = [];
	let found = -1;
	for (let d = 0; d <= max && found < 0; d++) {
		trace.push(v.slice());
		for (let k = -d; k <= d; k += 2) {
			let x = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
			let y = x - k;
			while (x < n && y < m && a[x] === b[y]) {
				x++;
				y++;
			}
			v[offset + k] = x;
			if (x >= n && y >= m) {
				found = d;
				break;
			}
		}
		if (found < 0) v = v.slice();
	}
	if (found < 0) return wholesale(n, m);
	const steps = [];
	let x = n;
	let y = m;
	for (let d = found; d > 0; d--) {
		const vd = trace[d];
		const k = x - y;
		const down = k === -d || k !== d && vd[offset + k - 1] < vd[offset + k + 1];
		const prevK = down ? k + 1 : k - 1;
		const prevX = vd[offset + prevK];
		const prevY = prevX - prevK;
		while (x > prevX && y > prevY) {
			steps.push("equal");
			x--;
			y--;
		}
		steps.push(down ? "insert" : "delete");
		x = prevX;
		y = prevY;
	}
	while (x > 0 && y > 0) {
		steps.push("equal");
		x--;
		y--;
	}
	steps.reverse();
	return group(steps);
}
function wholesale(n, m) {
	const out = [];
	if (n) out.push({
		op: "delete",
		a0: 0,
		a1: n,
		b0: 0,
		b1: 0
	});
	if (m) out.push({
		op: "insert",
		a0: n,
		a1: n,
		b0: 0,
		b1: m
	});
	return out;
}
function group(steps) {
	const out = [];
	let a = 0;
	let b = 0;
	for (const op of steps) {
		const last = out.at(-1);
		const h = last && last.op === op ? last : {
			op,
			a0: a,
			a1: a,
			b0: b,
			b1: b
		};
		if (h !== last) out.push(h);
		if (op !== "insert") h.a1 = ++a;
		if (op !== "delete") h.b1 = ++b;
	}
	return out;
}
/** Words and the spaces between them, so a diff shows changed words in place. */
function words(text) {
	return text.split(/(\s+)/).filter((t) => t.length > 0);
}
function lines(text) {
	return text.replace(/\r\n?/g, "\n").split("\n");
}
/** A word-level diff for reading: runs of kept, removed and added text. */
function wordDiff(before, after) {
	const a = words(before);
	const b = words(after);
	const out = [];
	for (const h of diffTokens(a, b)) {
		const text = h.op === "insert" ? b.slice(h.b0, h.b1).join("") : a.slice(h.a0, h.a1).join("");
		out.push({
			op: h.op,
			text
		});
	}
	return out;
}
/** How much a diff changes: words added and removed (for summaries). */
function diffStats(segments) {
	const count = (op) => segments.filter((s) => s.op === op).reduce((n, s) => n + words(s.text.trim()).filter((w) => w.trim()).length, 0);
	return {
		added: count("insert"),
		removed: count("delete")
	};
}
/**
* Apply the change from `base` to `amended` onto `current` (a later version of `base`). Each
* changed region of the amendment must still read as it did in `base`; otherwise the amendment
* conflicts with a change made since, and null is returned.
*/
function applyAmendment(base, amended, current) {
	if (current === base) return amended;
	const b = lines(base);
	const am = lines(amended);
	const cur = lines(current);
	const at = new Int32Array(b.length).fill(-1);
	for (const h of diffTokens(b, cur)) if (h.op === "equal") for (let i = h.a0; i < h.a1; i++) at[i] = h.b0 + (i - h.a0);
	const edits = [];
	for (const h of regions(diffTokens(b, am))) {
		const place = h.a1 > h.a0 ? replaced(at, h.a0, h.a1) : inserted(at, h.a0, b.length, cur.length);
		if (!place) return null;
		edits.push({
			...place,
			lines: am.slice(h.b0, h.b1)
		});
	}
	const out = cur.slice();
	for (const e of edits.reverse()) out.splice(e.from, e.to - e.from, ...e.lines);
	return out.join("\n");
}
/** Where replaced base lines sit now: they must all be there, unchanged and together. */
function replaced(at, a0, a1) {
	for (let i = a0; i < a1; i++) if (at[i] < 0 || at[i] !== at[a0] + (i - a0)) return null;
	return {
		from: at[a0],
		to: at[a1 - 1] + 1
	};
}
/** Where an insertion goes: between the same two lines, with nothing added there since. */
function inserted(at, a0, baseLength, currentLength) {
	const before = a0 === 0 ? -1 : at[a0 - 1];
	const after = a0 === baseLength ? currentLength : at[a0];
	if (a0 > 0 && before < 0 || a0 < baseLength && after < 0 || after !== before + 1) return null;
	return {
		from: after,
		to: after
	};
}
/** Adjacent deletions and insertions merged into one changed region. */
function regions(hunks) {
	const out = [];
	for (const h of hunks) {
		if (h.op === "equal") continue;
		const last = out.at(-1);
		if (last && last.a1 === h.a0 && last.b1 === h.b0) {
			last.a1 = h.a1;
			last.b1 = h.b1;
		} else out.push({
			...h,
			op: "delete"
		});
	}
	return out;
}
// src/lib/domain/decisions/lifecycle.ts
var NEXT = {
	draft: "discussion",
	discussion: "amendments",
	amendments: "voting",
	voting: "closed",
	closed: null
};
function nextPhase(phase) {
	return NEXT[phase];
}
/** The deadlines set when a draft is submitted: each phase follows the one before. */
function scheduleFrom(start, hours) {
	const at = (h, from) => new Date(from.getTime() + h * 36e5);
	const discussionEndsAt = at(hours.discussion, start);
	const amendmentsEndAt = at(hours.amendments, discussionEndsAt);
	return {
		discussionEndsAt,
		amendmentsEndAt,
		votingEndsAt: at(hours.voting, amendmentsEndAt)
	};
}
/** The deadline that ends `phase`, or null for phases without one. */
function phaseDeadline(phase, d) {
	if (phase === "discussion") return d.discussionEndsAt;
	if (phase === "amendments") return d.amendmentsEndAt;
	if (phase === "voting") return d.votingEndsAt;
	return null;
}
/** The phase a decision should move to now, or null when none is due. */
function dueTransition(phase, d, now) {
	const deadline = phaseDeadline(phase, d);
	if (!deadline || deadline.getTime() > now.getTime()) return null;
	return nextPhase(phase);
}
/**
* Ending a phase early (the authors close the amendment window): its deadline becomes now and the
* phases after it keep their lengths, starting now.
*/
function endPhaseNow(phase, d, now) {
	const end = phaseDeadline(phase, d);
	if (!end || end.getTime() <= now.getTime()) return d;
	const shift = now.getTime() - end.getTime();
	const order = [
		"discussionEndsAt",
		"amendmentsEndAt",
		"votingEndsAt"
	];
	const from = order.indexOf(phase === "discussion" ? "discussionEndsAt" : phase === "amendments" ? "amendmentsEndAt" : "votingEndsAt");
	const out = { ...d };
	for (const key of order.slice(from)) {
		const x = d[key];
		out[key] = x ? new Date(x.getTime() + shift) : x;
	}
	return out;
}
function acceptsBallots(phase, votingEndsAt, now) {
	return phase === "voting" && !!votingEndsAt && votingEndsAt.getTime() > now.getTime();
}
export { stakeInput as _, applyAmendment as a, amendmentInput as c, decisionInput as d, decisionText as f, registerFilter as g, petitionInput as h, scheduleFrom as i, amendmentVoteInput as l, outcomeInput as m, dueTransition as n, diffStats as o, minorityReportInput as p, endPhaseNow as r, wordDiff as s, acceptsBallots as t, coauthorInput as u };
