import { S as decisionOptions, _ as ballots, b as decisionAuthors, g as amendments, w as decisions } from "./i18n.js";
import { i as Forbidden, s as NotFound } from "./errors.js";
import { a as tierMay, i as TIERS, t as membershipSettings } from "./membership-settings.js";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
// src/lib/domain/decisions/types.ts
var BALLOT_TYPES = [
	"motion",
	"consent",
	"choice"
];
/** Methods for choosing one of several options; Schulze is the default. */
var CHOICE_METHODS = [
	"schulze",
	"irv",
	"ranked-pairs",
	"approval",
	"score",
	"borda"
];
var RANKED_METHODS = [
	"schulze",
	"irv",
	"ranked-pairs",
	"borda"
];
var WEIGHTINGS = [
	"equal",
	"group",
	"stake"
];
var MOTION_CHOICES = [
	"yes",
	"no",
	"abstain"
];
var CONSENT_CHOICES = [
	"agree",
	"abstain",
	"disagree",
	"block"
];
var DEFAULT_SETTINGS = {
	threshold: {
		numerator: 1,
		denominator: 2,
		inclusive: false
	},
	quorum: null,
	maxBlocks: 0,
	groupFactor: 2,
	stakeLevels: 5,
	scoreMax: 5,
	minorityReportDays: 14,
	revisitPercent: 10,
	hours: {
		discussion: 168,
		amendments: 72,
		voting: 168
	}
};
/** Stored settings merged over the defaults, so older rows read with today's shape. */
function readSettings(stored) {
	const s = stored && typeof stored === "object" ? stored : {};
	return {
		...DEFAULT_SETTINGS,
		...s,
		threshold: {
			...DEFAULT_SETTINGS.threshold,
			...s.threshold ?? {}
		},
		hours: {
			...DEFAULT_SETTINGS.hours,
			...s.hours ?? {}
		}
	};
}
function methodFor(type, choiceMethod = "schulze") {
	return type === "motion" ? "threshold" : type === "consent" ? "consent" : choiceMethod;
}
// src/lib/domain/decisions/ballot-choice.ts
var REASON_MAX = 2e3;
function text(v) {
	return typeof v === "string" ? v.trim() : "";
}
function wholeIn(v, min, max) {
	const s = typeof v === "number" ? String(v) : text(v);
	if (s === "") return null;
	if (!/^\d{1,3}$/.test(s)) return "bad";
	const n = Number(s);
	return n < min || n > max ? "bad" : n;
}
/** Read the voter's choice from raw form or JSON values. */
function readChoice(shape, raw) {
	const reason = text(raw.reason);
	if (reason.length > REASON_MAX) return {
		ok: false,
		field: "reason",
		key: "ballot_error_reason_long"
	};
	if (shape.ballotType === "motion" || shape.ballotType === "consent") {
		const allowed = shape.ballotType === "motion" ? MOTION_CHOICES : CONSENT_CHOICES;
		const vote = text(raw.vote);
		if (!allowed.includes(vote)) return {
			ok: false,
			field: "vote",
			key: "ballot_error_choose"
		};
		if (vote === "block" && !reason) return {
			ok: false,
			field: "reason",
			key: "ballot_error_block_reason"
		};
		return {
			ok: true,
			choice: { vote },
			reason
		};
	}
	const known = new Set(shape.options);
	const method = shape.method;
	if (method === "approval") {
		const list = Array.isArray(raw.approve) ? raw.approve : raw.approve === void 0 ? [] : [raw.approve];
		const approve = [...new Set(list.map((x) => text(x)))];
		if (approve.some((id) => !known.has(id))) return {
			ok: false,
			field: "approve",
			key: "ballot_error_unknown_option"
		};
		return {
			ok: true,
			choice: { approve: shape.options.filter((o) => approve.includes(o)) },
			reason
		};
	}
	if (method === "score") {
		const scores = {};
		for (const id of shape.options) {
			const n = wholeIn(raw[`score_${id}`], 0, shape.scoreMax);
			if (n === "bad") return {
				ok: false,
				field: `score_${id}`,
				key: "ballot_error_score_range"
			};
			if (n !== null) scores[id] = n;
		}
		if (unknownKeys(raw, "score_", known)) return {
			ok: false,
			field: "options",
			key: "ballot_error_unknown_option"
		};
		return {
			ok: true,
			choice: { scores },
			reason
		};
	}
	if (RANKED_METHODS.includes(method)) {
		if (unknownKeys(raw, "rank_", known)) return {
			ok: false,
			field: "options",
			key: "ballot_error_unknown_option"
		};
		const ranks = [];
		for (const id of shape.options) {
			const n = wholeIn(raw[`rank_${id}`], 1, shape.options.length);
			if (n === "bad") return {
				ok: false,
				field: `rank_${id}`,
				key: "ballot_error_rank_range"
			};
			if (n !== null) ranks.push([id, n]);
		}
		if (new Set(ranks.map(([, n]) => n)).size !== ranks.length) return {
			ok: false,
			field: "options",
			key: "ballot_error_rank_repeat"
		};
		if (!ranks.length) return {
			ok: false,
			field: "options",
			key: "ballot_error_rank_none"
		};
		ranks.sort((x, y) => x[1] - y[1]);
		return {
			ok: true,
			choice: { ranking: ranks.map(([id]) => [id]) },
			reason
		};
	}
	return {
		ok: false,
		field: "method",
		key: "ballot_error_choose"
	};
}
function unknownKeys(raw, prefix, known) {
	return Object.keys(raw).some((k) => k.startsWith(prefix) && !known.has(k.slice(prefix.length)));
}
/** The counting core's ballot for a stored choice, carrying `count` (1 raw, or the weight). */
function countBallot(choice, count, name) {
	if ("vote" in choice) return {
		count,
		choice: choice.vote
	};
	if ("ranking" in choice) return {
		count,
		ranking: choice.ranking.map((g) => g.map(name))
	};
	if ("approve" in choice) return {
		count,
		approve: choice.approve.map(name)
	};
	return {
		count,
		scores: Object.fromEntries(Object.entries(choice.scores).map(([id, n]) => [name(id), n]))
	};
}
/**
* Did this ballot go against the outcome? (Who may file a minority report.) Motion: voted no when
* it passed, yes when it failed. Consent: disagreed or blocked when it passed, agreed when it
* failed. Choice: did not put the winner first (approval: did not approve it; score: gave it less
* than their highest score).
*/
function onLosingSide(choice, outcome, winner) {
	if ("vote" in choice) {
		const v = choice.vote;
		if (outcome === "passes") return v === "no" || v === "disagree" || v === "block";
		if (outcome === "fails" || outcome === "blocked") return v === "yes" || v === "agree";
		return false;
	}
	if (!winner) return false;
	if ("ranking" in choice) return !(choice.ranking[0] ?? []).includes(winner);
	if ("approve" in choice) return !choice.approve.includes(winner);
	const scores = Object.values(choice.scores);
	return (choice.scores[winner] ?? 0) < Math.max(0, ...scores);
}
// src/lib/server/decisions/policy.ts
/**
* Who may do what with decisions. Pure: commands and queries pass in what they loaded (the
* actor's rights, whether they are eligible in the decision's scope, whether they author it).
* Tested as a table in policy.test.ts.
*/
function can(actor, action, subject, rights) {
	if (action === "view") return !!subject && (subject.phase !== "draft" || !!actor && subject.isAuthor);
	if (!actor) return false;
	if (action === "propose") return tierMay(actor, "propose", rights);
	if (!subject) return false;
	const open = subject.phase === "discussion" || subject.phase === "amendments";
	switch (action) {
		case "edit": return subject.isAuthor && (subject.phase === "draft" || open);
		case "submit":
		case "add-coauthor": return subject.isAuthor && subject.phase === "draft";
		case "amend": return subject.isEligible && open && (subject.amendmentsOpen ?? true);
		case "resolve-amendment":
		case "close-amendments": return subject.isAuthor && open;
		case "vote-amendment": return subject.isEligible && open;
		case "declare-stake": return subject.isEligible && subject.phase !== "draft" && subject.phase !== "closed";
		case "vote": return subject.isEligible && subject.phase === "voting" && tierMay(actor, "vote", rights);
		case "see-turnout-list": return subject.isEligible || subject.isAuthor;
		case "record-outcome": return subject.isAuthor && subject.phase === "closed";
		case "petition": return subject.isEligible && subject.phase === "closed";
		default: return false;
	}
}
// src/lib/server/decisions/eligibility.ts
async function votingTiers(db) {
	const { tierRights } = await membershipSettings(db);
	return TIERS.filter((t) => tierRights[t]?.includes("vote"));
}
function inScope(scope) {
	const id = scope.scopeId ?? 0;
	switch (scope.scopeKind) {
		case "organisation": return sql`true`;
		case "chapter": return sql`exists (select 1 from chapter_memberships cm where cm.member_id = m.id and cm.chapter_id in (
				select c.id from chapters c where c.id = ${id} or c.parent_id = ${id}
					or c.parent_id in (select p.id from chapters p where p.parent_id = ${id})))`;
		case "project": return sql`exists (select 1 from project_members pm where pm.member_id = m.id and pm.project_id = ${id} and pm.left_at is null)`;
		case "committee": return sql`exists (select 1 from committee_members km where km.member_id = m.id and km.committee_id = ${id})`;
		default: return sql`false`;
	}
}
/** The condition on `members m` for an eligible voter of this scope. */
function eligibleCondition(scope, tiers) {
	const tierList = tiers.length ? sql.join(tiers.map((t) => sql`${t}`), sql`, `) : sql`null`;
	return sql`m.lapsed_at is null and m.deleted_at is null and m.email_verified_at is not null
		and m.tier in (${tierList}) and ${inScope(scope)}`;
}
async function isEligible(db, scope, memberId) {
	const tiers = await votingTiers(db);
	return (await db.execute(sql`select 1 from members m where m.id = ${memberId} and ${eligibleCondition(scope, tiers)}`)).rows.length > 0;
}
async function eligibleCount(db, scope) {
	const tiers = await votingTiers(db);
	const r = await db.execute(sql`select count(*)::int as n from members m where ${eligibleCondition(scope, tiers)}`);
	return Number(r.rows[0]?.n ?? 0);
}
/** Is the member in one of the groups the decision names as affected? (By-group weighting.) */
async function inAffectedGroup(db, groups, memberId) {
	if (!groups.length) return false;
	const checks = groups.map((g) => g.groupKind === "project" ? inScope({
		scopeKind: "project",
		scopeId: g.groupId
	}) : inScope({
		scopeKind: "chapter",
		scopeId: g.groupId
	}));
	return (await db.execute(sql`select 1 from members m where m.id = ${memberId} and (${sql.join(checks, sql` or `)})`)).rows.length > 0;
}
// src/lib/server/decisions/context.ts
/**
* Load a decision with what the policy needs to know about the actor, optionally locking the row
* (`share` while a ballot is cast, `update` while the phase changes: a ballot and the close cannot
* pass each other). A draft does not exist for anyone but its authors.
*/
async function loadDecision(db, actor, id, lock) {
	const query = db.select().from(decisions).where(eq(decisions.id, id));
	const [decision] = lock ? await query.for(lock) : await query;
	if (!decision) throw new NotFound("decision_error_not_found");
	const isAuthor = actor ? await authors(db, id).then((ids) => ids.includes(actor.id)) : false;
	const subject = {
		phase: decision.phase,
		isAuthor,
		isEligible: actor ? await isEligible(db, decision, actor.id) : false,
		amendmentsOpen: decision.amendmentsOpen
	};
	const { tierRights } = await membershipSettings(db);
	if (!can(actor, "view", subject, tierRights)) throw new NotFound("decision_error_not_found");
	return {
		decision,
		subject,
		settings: readSettings(decision.settings)
	};
}
async function authors(db, decisionId) {
	return (await db.select({ id: decisionAuthors.memberId }).from(decisionAuthors).where(eq(decisionAuthors.decisionId, decisionId))).map((r) => r.id);
}
/** Throw Forbidden unless the actor may take this action on the loaded decision. */
async function authorise(db, actor, action, ctx, key = "error_forbidden") {
	const { tierRights } = await membershipSettings(db);
	if (!can(actor, action, ctx.subject, tierRights)) throw new Forbidden(key);
}
async function loadAmendment(db, decisionId, amendmentId) {
	const [row] = await db.select().from(amendments).where(and(eq(amendments.id, amendmentId), eq(amendments.decisionId, decisionId)));
	if (!row) throw new NotFound("amendment_error_not_found");
	return row;
}
// src/lib/domain/voting/errors.ts
/**
* The one error the counting core throws for bad input. `where` names the
* field ("ballots[3].ranking[1][0]") or line ("line 17") so that a member or
* the CLI can point at the problem; the message never leaks internals.
*/
var VotingInputError = class extends Error {
	where;
	constructor(message, where) {
		super(where ? `${where}: ${message}` : message);
		this.name = "VotingInputError";
		this.where = where;
	}
};
function fail(message, where) {
	throw new VotingInputError(message, where);
}
/** A ballot weight: a positive safe integer. */
function checkCount(value, where) {
	if (typeof value !== "number" || !Number.isFinite(value)) fail("count must be a number", where);
	if (!Number.isInteger(value)) fail(`count must be a whole number, got ${value}`, where);
	if (value <= 0) fail(`count must be positive, got ${value}`, where);
	if (!Number.isSafeInteger(value)) fail(`count ${value} is too large`, where);
	return value;
}
/** Adds weights, refusing totals that would no longer be exact in a double. */
function addTotal(total, count, where) {
	const sum = total + count;
	if (!Number.isSafeInteger(sum)) fail("total number of ballots is too large to count exactly", where);
	return sum;
}
function checkSeats(seats, candidateCount, where = "seats") {
	if (typeof seats !== "number" || !Number.isInteger(seats) || seats < 1) fail(`must be a positive whole number, got ${String(seats)}`, where);
	if (seats > candidateCount) fail(`${seats} seats but only ${candidateCount} candidate(s)`, where);
	return seats;
}
// src/lib/domain/voting/exact.ts
/**
* Exact arithmetic: BigInt rationals and scaled-integer (fixed-point)
* helpers. Counting rules that define their arithmetic exactly (Meek,
* Scottish 5-decimal truncation, thresholds such as "at least 2/3") are
* computed with these, never with floats.
*/
function gcd(a, b) {
	if (a < 0n) a = -a;
	if (b < 0n) b = -b;
	while (b !== 0n) [a, b] = [b, a % b];
	return a;
}
var Rational = class Rational {
	/** Always in lowest terms with a positive denominator. */
	num;
	den;
	constructor(num, den) {
		this.num = num;
		this.den = den;
	}
	static of(num, den = 1n) {
		let n = BigInt(num);
		let d = BigInt(den);
		if (d === 0n) throw new RangeError("zero denominator");
		if (d < 0n) {
			n = -n;
			d = -d;
		}
		const g = gcd(n, d);
		return g > 1n ? new Rational(n / g, d / g) : new Rational(n, d);
	}
	static ZERO = Rational.of(0n);
	static ONE = Rational.of(1n);
	add(o) {
		if (this.den === o.den) return Rational.of(this.num + o.num, this.den);
		return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
	}
	sub(o) {
		if (this.den === o.den) return Rational.of(this.num - o.num, this.den);
		return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
	}
	mul(o) {
		return Rational.of(this.num * o.num, this.den * o.den);
	}
	mulInt(k) {
		return Rational.of(this.num * BigInt(k), this.den);
	}
	div(o) {
		return Rational.of(this.num * o.den, this.den * o.num);
	}
	cmp(o) {
		const l = this.num * o.den;
		const r = o.num * this.den;
		return l < r ? -1 : l > r ? 1 : 0;
	}
	isZero() {
		return this.num === 0n;
	}
	/** "a/b", or "a" when whole. */
	toString() {
		return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
	}
	/** Decimal string with `digits` places, truncated toward zero. */
	toDecimal(digits) {
		const scale = 10n ** BigInt(digits);
		return formatScaled(this.num * scale / this.den, digits);
	}
};
/** Formats a scaled integer: formatScaled(123456n, 5) === "1.23456". */
function formatScaled(value, decimals) {
	let v = BigInt(value);
	const negative = v < 0n;
	if (negative) v = -v;
	let s = v.toString();
	if (decimals === 0) return (negative ? "-" : "") + s;
	if (s.length <= decimals) s = "0".repeat(decimals - s.length + 1) + s;
	const text = `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
	return negative ? `-${text}` : text;
}
/** num/den as a decimal string with `decimals` places, rounded half up (non-negative). */
function roundedDecimal(num, den, decimals) {
	const scale = 10n ** BigInt(decimals);
	return formatScaled((2n * num * scale + den) / (2n * den), decimals);
}
/** floor(a * b / c) for non-negative safe integers, exact even when a*b exceeds 2^53. */
function mulDivFloor(a, b, c) {
	const product = a * b;
	if (product <= Number.MAX_SAFE_INTEGER) return Math.floor(product / c);
	return Number(BigInt(a) * BigInt(b) / BigInt(c));
}
/** Integer square root (floor) of a non-negative bigint. */
function isqrt(n) {
	if (n < 0n) throw new RangeError("negative");
	if (n < 2n) return n;
	let x = BigInt(Math.floor(Math.sqrt(Number(n))));
	for (;;) {
		const y = x + n / x >> 1n;
		if (y >= x) break;
		x = y;
	}
	while (x * x > n) x -= 1n;
	while ((x + 1n) * (x + 1n) <= n) x += 1n;
	return x;
}
/** Compares a/b with c/d for non-negative integers, exactly. */
function compareFractions(a, b, c, d) {
	const l = BigInt(a) * BigInt(d);
	const r = BigInt(c) * BigInt(b);
	return l < r ? -1 : l > r ? 1 : 0;
}
// src/lib/domain/voting/ranked-profile.ts
/**
* Packed ranked profiles: identical ballots grouped into one weighted entry,
* preferences stored in flat typed arrays so that a million-ballot election
* costs a few megabytes and counting walks contiguous memory.
*
* A preference code is a candidate index; TIED (0x8000) set on a code means
* "same rank as the previous code" (a tie group, or an overvote).
*/
var TIED = 32768;
var CANDIDATE_MASK = 32767;
var MAX_CANDIDATES = 32767;
function isRankedProfile(x) {
	return typeof x === "object" && x !== null && x.kind === "ranked-profile";
}
/** Validates a candidate list: non-empty, distinct, non-empty names. */
function checkCandidates(candidates, where = "candidates") {
	if (!Array.isArray(candidates)) fail("must be a list of names", where);
	if (candidates.length === 0) fail("no candidates", where);
	if (candidates.length > 32767) fail(`more than ${MAX_CANDIDATES} candidates`, where);
	const seen = /* @__PURE__ */ new Set();
	candidates.forEach((name, i) => {
		if (typeof name !== "string" || name.trim() === "") fail("candidate name must be a non-empty string", `${where}[${i}]`);
		if (seen.has(name)) fail(`duplicate candidate "${name}"`, `${where}[${i}]`);
		seen.add(name);
	});
	return candidates;
}
var RankedProfileBuilder = class {
	weights = /* @__PURE__ */ new Float64Array(1024);
	offsets = /* @__PURE__ */ new Uint32Array(1025);
	hashes = /* @__PURE__ */ new Int32Array(1024);
	codes = /* @__PURE__ */ new Uint16Array(8192);
	/** Open-addressing hash table of ballot indices (-1: empty); grouping without string keys. */
	table = (/* @__PURE__ */ new Int32Array(4096)).fill(-1);
	size = 0;
	used = 0;
	total = 0;
	blank = 0;
	maxDistinct;
	constructor(limits = {}) {
		this.maxDistinct = limits.maxDistinct ?? 2e7;
	}
	/** Adds `weight` copies of the ballot codes[0..n); the caller has validated them. */
	add(codes, n, weight, where) {
		if (n === 0) {
			this.blank = addTotal(this.blank, weight, where);
			return;
		}
		this.total = addTotal(this.total, weight, where);
		let h = 2166136261 ^ n;
		for (let i = 0; i < n; i++) h = Math.imul(h ^ codes[i], 16777619);
		const mask = this.table.length - 1;
		for (let slot = h & mask;; slot = slot + 1 & mask) {
			const idx = this.table[slot];
			if (idx < 0) {
				this.insert(codes, n, weight, h, where);
				this.table[slot] = this.size - 1;
				if (this.size * 2 > this.table.length) this.rehash();
				return;
			}
			if (this.hashes[idx] === h && this.equals(idx, codes, n)) {
				this.weights[idx] += weight;
				return;
			}
		}
	}
	equals(idx, codes, n) {
		const start = this.offsets[idx];
		if (this.offsets[idx + 1] - start !== n) return false;
		for (let i = 0; i < n; i++) if (this.codes[start + i] !== codes[i]) return false;
		return true;
	}
	insert(codes, n, weight, h, where) {
		if (this.size >= this.maxDistinct) fail(`more than ${this.maxDistinct} distinct ballots`, where);
		if (this.size + 1 >= this.weights.length) {
			this.weights = grow(this.weights, this.weights.length * 2);
			this.offsets = grow(this.offsets, this.offsets.length * 2);
			this.hashes = grow(this.hashes, this.hashes.length * 2);
		}
		while (this.used + n > this.codes.length) this.codes = grow(this.codes, this.codes.length * 2);
		for (let i = 0; i < n; i++) this.codes[this.used + i] = codes[i];
		this.used += n;
		this.weights[this.size] = weight;
		this.hashes[this.size] = h;
		this.size++;
		this.offsets[this.size] = this.used;
	}
	rehash() {
		const table = new Int32Array(this.table.length * 2).fill(-1);
		const mask = table.length - 1;
		for (let idx = 0; idx < this.size; idx++) {
			let slot = this.hashes[idx] & mask;
			while (table[slot] >= 0) slot = slot + 1 & mask;
			table[slot] = idx;
		}
		this.table = table;
	}
	build(candidates) {
		return {
			kind: "ranked-profile",
			candidates,
			size: this.size,
			weights: this.weights.slice(0, this.size),
			offsets: this.offsets.slice(0, this.size + 1),
			codes: this.codes.slice(0, this.used),
			totalWeight: this.total,
			blankWeight: this.blank
		};
	}
};
function grow(a, length) {
	const b = new a.constructor(length);
	b.set(a);
	return b;
}
/** Validates plain ranked ballots and packs them, grouping identical ones. */
function packRanked(candidates, ballots) {
	if (isRankedProfile(ballots)) return ballots;
	const names = checkCandidates(candidates);
	if (!Array.isArray(ballots)) fail("must be a list of ballots", "ballots");
	const index = new Map(names.map((n, i) => [n, i]));
	const builder = new RankedProfileBuilder();
	const stamp = new Int32Array(names.length).fill(-1);
	const codes = [];
	ballots.forEach((ballot, b) => {
		const where = `ballots[${b}]`;
		if (typeof ballot !== "object" || ballot === null) fail("ballot must be an object", where);
		const count = checkCount(ballot.count, `${where}.count`);
		const ranking = ballot.ranking;
		if (!Array.isArray(ranking)) fail("ranking must be a list of groups", `${where}.ranking`);
		codes.length = 0;
		ranking.forEach((group, g) => {
			const gw = `${where}.ranking[${g}]`;
			if (!Array.isArray(group)) fail("each rank must be a list of candidate names", gw);
			if (group.length === 0) fail("empty rank", gw);
			group.forEach((name, k) => {
				const c = typeof name === "string" ? index.get(name) : void 0;
				if (c === void 0) fail(`unknown candidate ${JSON.stringify(name)}`, `${gw}[${k}]`);
				if (stamp[c] === b) fail(`candidate "${name}" appears twice in one ballot`, `${gw}[${k}]`);
				stamp[c] = b;
				codes.push(k === 0 ? c : c | TIED);
			});
		});
		builder.add(codes, codes.length, count, where);
	});
	return builder.build(names);
}
/** The profile back as plain ballots (for writing JSON or BLT). */
function unpackRanked(profile) {
	const out = [];
	for (let b = 0; b < profile.size; b++) {
		const ranking = [];
		for (let i = profile.offsets[b]; i < profile.offsets[b + 1]; i++) {
			const code = profile.codes[i];
			const name = profile.candidates[code & CANDIDATE_MASK];
			if (code & 32768) ranking[ranking.length - 1].push(name);
			else ranking.push([name]);
		}
		out.push({
			count: profile.weights[b],
			ranking
		});
	}
	return out;
}
function checkOvervote(rule) {
	if (rule !== "exhaust" && rule !== "skip") fail(`unknown overvote rule "${String(rule)}" (use exhaust or skip)`, "overvote");
	return rule;
}
/**
* Walks a ballot's ranks for the transfer methods (IRV, STV). Positions are
* indices into the profile's codes and always point at the start of a rank.
*/
var RankWalker = class {
	/** Start of the rank that gave the last candidate returned by next(). */
	pos = 0;
	codes;
	skipOvervotes;
	constructor(profile, overvote) {
		this.codes = profile.codes;
		this.skipOvervotes = checkOvervote(overvote) === "skip";
	}
	/**
	* From the rank starting at p, finds the first rank with a usable vote
	* for a candidate marked in `live`, returns that candidate and sets pos;
	* returns -1 when the ballot is exhausted.
	*/
	next(p, end, live) {
		const codes = this.codes;
		while (p < end) {
			let c = codes[p] & CANDIDATE_MASK;
			let found = live[c] ? c : -1;
			let alive = live[c];
			let q = p + 1;
			for (; q < end && codes[q] & 32768; q++) {
				c = codes[q] & CANDIDATE_MASK;
				if (live[c]) {
					found = c;
					alive++;
				}
			}
			if (alive === 1) {
				this.pos = p;
				return found;
			}
			if (alive > 1 && !this.skipOvervotes) return -1;
			p = q;
		}
		return -1;
	}
	/** Start of the rank after the one starting at p. */
	after(p, end) {
		let q = p + 1;
		while (q < end && this.codes[q] & 32768) q++;
		return q;
	}
};
// src/lib/domain/voting/seeded-random.ts
/**
* Seeded pseudo-random generator for lots (random tie-breaks).
*
* xoshiro128** seeded from the seed string through cyrb128. It is fully
* specified here, uses only 32-bit integer operations and so gives the same
* sequence in every JavaScript engine: a recount with the same seed draws
* the same lots.
*/
function cyrb128(text) {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < text.length; i++) {
		const k = text.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ h1 >>> 18, 597399067);
	h2 = Math.imul(h4 ^ h2 >>> 22, 2869860233);
	h3 = Math.imul(h1 ^ h3 >>> 17, 951274213);
	h4 = Math.imul(h2 ^ h4 >>> 19, 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [
		h1 >>> 0,
		h2 >>> 0,
		h3 >>> 0,
		h4 >>> 0
	];
}
var SeededRandom = class {
	s;
	constructor(seed) {
		this.s = cyrb128(seed);
		if ((this.s[0] | this.s[1] | this.s[2] | this.s[3]) === 0) this.s[0] = 1;
	}
	nextUint32() {
		const s = this.s;
		const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
		const t = s[1] << 9;
		s[2] ^= s[0];
		s[3] ^= s[1];
		s[1] ^= s[2];
		s[0] ^= s[3];
		s[2] ^= t;
		s[3] = rotl(s[3], 11);
		return result;
	}
	/** Uniform integer in [0, n) without modulo bias (rejection sampling). */
	below(n) {
		if (!Number.isInteger(n) || n <= 0 || n > 4294967296) throw new RangeError(`bad bound ${n}`);
		const limit = 4294967296 - 4294967296 % n;
		for (;;) {
			const x = this.nextUint32();
			if (x < limit) return x % n;
		}
	}
};
function rotl(x, k) {
	return x << k | x >>> 32 - k;
}
function normaliseSeed(seed) {
	if (seed === void 0) return "0";
	if (typeof seed === "number") {
		if (!Number.isFinite(seed)) fail("seed must be a finite number or a string", "seed");
		return String(seed);
	}
	if (typeof seed !== "string") fail("seed must be a string or a number", "seed");
	return seed;
}
var TieBreaker = class {
	ties = [];
	seed;
	rule;
	rng;
	names;
	constructor(names, options) {
		this.names = names;
		this.seed = normaliseSeed(options.seed);
		const rule = options.tieBreak ?? "random";
		if (rule !== "random" && rule !== "candidate-order") fail(`unknown tie-break rule "${String(rule)}" (use random or candidate-order)`, "tieBreak");
		this.rule = rule;
	}
	/**
	* Picks `k` of the tied candidates by the final rule. `favour` says
	* whether being picked is good (elected, kept first) or bad (excluded):
	* candidate-order favours earlier-listed candidates either way.
	*/
	pickByRule(tied, k, favour) {
		const pool = [...tied].sort((a, b) => a - b);
		if (this.rule === "candidate-order") return favour ? pool.slice(0, k) : pool.reverse().slice(0, k);
		this.rng ??= new SeededRandom(this.seed);
		const chosen = [];
		for (let i = 0; i < k; i++) chosen.push(pool.splice(this.rng.below(pool.length), 1)[0]);
		return chosen;
	}
	/** Breaks a tie by the final rule and records it. */
	choose(tied, purpose, favour, stage) {
		return this.chooseMany(tied, 1, purpose, favour, stage)[0];
	}
	/** Chooses `k` of the tied candidates (in the order picked) and records it. */
	chooseMany(tied, k, purpose, favour, stage) {
		if (tied.length <= k) return [...tied];
		const chosen = this.pickByRule(tied, k, favour);
		this.record(tied, chosen, purpose, this.rule, stage);
		return chosen;
	}
	/**
	* A full tie-breaking order of `pool` (e.g. Tideman's TBRC), recorded
	* against the candidates actually `involved` in the tie.
	*/
	orderAll(pool, involved, purpose) {
		const chosen = this.pickByRule(pool, pool.length, true);
		this.record(involved, chosen, purpose, this.rule);
		return chosen;
	}
	/**
	* Staged tie-break: look back through `history` (one array of values per
	* earlier stage, oldest first) for the most recent stage at which the tied
	* candidates differed, keep those with the wanted extreme there, and go on
	* further back while several remain; then the final rule.
	*/
	chooseByHistory(tied, history, compare, want, purpose, stage) {
		if (tied.length === 1) return tied[0];
		let pool = [...tied];
		let decidedAt;
		for (let s = history.length - 1; s >= 0 && pool.length > 1; s--) {
			const row = history[s];
			let best = row[pool[0]];
			for (const c of pool) {
				const d = compare(row[c], best);
				if (want === "lowest" ? d < 0 : d > 0) best = row[c];
			}
			const narrowed = pool.filter((c) => compare(row[c], best) === 0);
			if (narrowed.length < pool.length) {
				pool = narrowed;
				decidedAt = s + 1;
			}
		}
		if (pool.length === 1) {
			this.ties.push({
				stage,
				purpose,
				tied: tied.map((c) => this.names[c]),
				resolvedBy: "earlier-stage",
				chosen: [this.names[pool[0]]],
				decidedAtStage: decidedAt
			});
			return pool[0];
		}
		const favour = want === "highest";
		const chosen = this.pickByRule(pool, 1, favour);
		this.record(tied, chosen, purpose, this.rule, stage);
		return chosen[0];
	}
	record(tied, chosen, purpose, how, stage) {
		const rec = {
			purpose,
			tied: [...tied].sort((a, b) => a - b).map((c) => this.names[c]),
			resolvedBy: how,
			chosen: chosen.map((c) => this.names[c])
		};
		if (stage !== void 0) rec.stage = stage;
		this.ties.push(rec);
	}
};
/**
* Groups candidates by a score, best first; equal scores form one group.
* Returns candidate indices per group (each group in candidate order).
*/
function groupByScore(count, score, compare) {
	const idx = Array.from({ length: count }, (_, i) => i);
	idx.sort((a, b) => compare(score(b), score(a)) || a - b);
	const groups = [];
	for (const c of idx) {
		const last = groups[groups.length - 1];
		if (last && compare(score(last[0]), score(c)) === 0) last.push(c);
		else groups.push([c]);
	}
	return groups;
}
/** Fills `seats` from ranked groups, breaking a tie that straddles the cut. */
function selectTop(groups, seats, ties) {
	const winners = [];
	for (const g of groups) {
		const need = seats - winners.length;
		if (need <= 0) break;
		if (g.length <= need) winners.push(...g);
		else winners.push(...ties.chooseMany(g, need, "seat", true));
	}
	return winners;
}
function toOrder(groups, names) {
	return groups.map((g) => g.length === 1 ? names[g[0]] : g.map((c) => names[c]));
}
// src/lib/domain/voting/report.ts
/** Pieces every counter shares: the common setup and the common report fields. */
/** Packs ranked input, checks seats (single-winner methods refuse more than one) and sets up the tie-breaker. */
function setupRanked(input, options, singleWinner) {
	const profile = packRanked(input.candidates, input.ballots);
	const names = profile.candidates;
	const seats = checkSeats(options.seats ?? 1, names.length);
	if (singleWinner && seats !== 1) fail(`${singleWinner} elects one winner; use STV for several seats`, "seats");
	return {
		profile,
		names,
		seats,
		ties: new TieBreaker(names, options)
	};
}
function reportBase(method, seats, ties, totalBallots, winners) {
	return {
		method,
		seats,
		seed: ties.seed,
		tieBreak: ties.rule,
		totalBallots,
		winners,
		ties: ties.ties
	};
}
// src/lib/domain/voting/approval.ts
/**
* Approval voting, single- and multi-winner.
*
* - 'av' (default): the `seats` candidates with most approvals; a tie at
*   the cut is broken by the tie-break rule and all tied committees listed.
* - 'pav': proportional approval voting, exact optimum: the committee W
*   maximising Σ ballots · (1 + 1/2 + … + 1/|A ∩ W|), found by exhaustive
*   search (up to 30 candidates and `maxCommittees` committees) with
*   scores as exact integers scaled by lcm(1..seats).
* - 'seq-pav': sequential PAV, adding one candidate at a time by the
*   largest exact marginal gain (for elections too large for 'pav').
*/
function groupApprovals(input) {
	const names = checkCandidates(input.candidates);
	const index = new Map(names.map((n, i) => [n, i]));
	if (!Array.isArray(input.ballots)) fail("must be a list of ballots", "ballots");
	const byKey = /* @__PURE__ */ new Map();
	const sets = [];
	const counts = [];
	let total = 0;
	input.ballots.forEach((b, i) => {
		const where = `ballots[${i}]`;
		if (typeof b !== "object" || b === null) fail("ballot must be an object", where);
		const count = checkCount(b.count, `${where}.count`);
		if (!Array.isArray(b.approve)) fail("approve must be a list of candidate names", `${where}.approve`);
		const set = /* @__PURE__ */ new Set();
		b.approve.forEach((name, k) => {
			const c = typeof name === "string" ? index.get(name) : void 0;
			if (c === void 0) fail(`unknown candidate ${JSON.stringify(name)}`, `${where}.approve[${k}]`);
			if (set.has(c)) fail(`candidate "${name}" approved twice`, `${where}.approve[${k}]`);
			set.add(c);
		});
		total = addTotal(total, count, where);
		const sorted = [...set].sort((x, y) => x - y);
		const key = sorted.join(",");
		const found = byKey.get(key);
		if (found !== void 0) counts[found] += count;
		else {
			byKey.set(key, sets.length);
			sets.push(sorted);
			counts.push(count);
		}
	});
	return {
		names,
		sets,
		counts,
		total
	};
}
function countApproval(input, options = {}) {
	const g = groupApprovals(input);
	const { names } = g;
	const n = names.length;
	const seats = checkSeats(options.seats ?? 1, n);
	const rule = options.rule ?? "av";
	if (rule !== "av" && rule !== "pav" && rule !== "seq-pav") fail(`unknown rule "${String(rule)}" (use av, pav or seq-pav)`, "rule");
	const ties = new TieBreaker(names, options);
	const approvals = new Array(n).fill(0);
	g.sets.forEach((set, i) => set.forEach((c) => approvals[c] += g.counts[i]));
	const groups = groupByScore(n, (c) => approvals[c], (a, b) => a - b);
	let winners;
	let rounds = [];
	let tiedCommittees;
	let pavScore;
	if (rule === "av") {
		winners = selectTop(groups, seats, ties);
		tiedCommittees = avTiedCommittees(groups, seats);
	} else if (rule === "pav") ({winners, tiedCommittees} = optimalPav(g, seats, ties, options.maxCommittees ?? 2e6));
	else ({winners, rounds} = sequentialPav(g, seats, ties));
	if (rule !== "av") pavScore = pavScoreOf(g, winners, seats).toString();
	return {
		...reportBase("approval", seats, ties, g.total, winners.map((c) => names[c])),
		order: toOrder(groups, names),
		rounds,
		rule,
		approvals: Object.fromEntries(names.map((name, c) => [name, approvals[c]])),
		...pavScore !== void 0 ? { pavScore } : {},
		...tiedCommittees && tiedCommittees.length > 1 ? { tiedCommittees: tiedCommittees.slice(0, 100).map((w) => [...w].sort((a, b) => a - b).map((c) => names[c])) } : {}
	};
}
/** All AV committees: the sure part plus each choice from the group cut by the last seat. */
function avTiedCommittees(groups, seats) {
	const sure = [];
	for (const grp of groups) {
		const need = seats - sure.length;
		if (need <= 0) break;
		if (grp.length <= need) sure.push(...grp);
		else return combinations(grp, need, 101).map((pick) => [...sure, ...pick]);
	}
	return [sure];
}
/** Calls visit on each k-subset of pool (in lexicographic order) until it returns false. */
function forEachCombination(pool, k, visit) {
	const pick = [];
	let stop = false;
	const rec = (from) => {
		if (pick.length === k) {
			if (visit(pick) === false) stop = true;
			return;
		}
		for (let i = from; i <= pool.length - (k - pick.length) && !stop; i++) {
			pick.push(pool[i]);
			rec(i + 1);
			pick.pop();
		}
	};
	rec(0);
}
function combinations(pool, k, limit) {
	const out = [];
	forEachCombination(pool, k, (pick) => {
		out.push([...pick]);
		return out.length < limit;
	});
	return out;
}
function lcmUpTo(k) {
	const gcd = (a, b) => b === 0n ? a : gcd(b, a % b);
	let l = 1n;
	for (let j = 2n; j <= BigInt(k); j++) l = l * j / gcd(l, j);
	return l;
}
/** PAV score Σ count · H(|A∩W|), exact. */
function pavScoreOf(g, committee, seats) {
	const L = lcmUpTo(seats);
	const inW = new Set(committee);
	let total = 0n;
	g.sets.forEach((set, i) => {
		let h = 0n;
		let j = 0n;
		for (const c of set) if (inW.has(c)) h += L / ++j;
		total += h * BigInt(g.counts[i]);
	});
	return Rational.of(total, L);
}
function optimalPav(g, seats, ties, maxCommittees) {
	const n = g.names.length;
	if (n > 30) fail("exact PAV supports at most 30 candidates; use rule seq-pav", "rule");
	let committees = 1;
	for (let i = 0; i < seats; i++) committees = committees * (n - i) / (i + 1);
	if (committees > maxCommittees) fail(`exact PAV would examine ${Math.round(committees)} committees; use rule seq-pav`, "rule");
	const L = lcmUpTo(seats);
	const harmonic = [0n];
	for (let j = 1; j <= seats; j++) harmonic.push(harmonic[j - 1] + L / BigInt(j));
	const masks = g.sets.map((set) => set.reduce((m, c) => m | 1 << c, 0));
	const counts = g.counts.map(BigInt);
	let best = -1n;
	let bestCommittees = [];
	forEachCombination(g.names.map((_, i) => i), seats, (w) => {
		const wm = w.reduce((m, c) => m | 1 << c, 0);
		let score = 0n;
		for (let i = 0; i < masks.length; i++) score += harmonic[popcount(masks[i] & wm)] * counts[i];
		if (score > best) {
			best = score;
			bestCommittees = [[...w]];
		} else if (score === best) bestCommittees.push([...w]);
	});
	let winners = bestCommittees[0];
	if (bestCommittees.length > 1) {
		const inAll = bestCommittees[0].filter((c) => bestCommittees.every((w) => w.includes(c)));
		const involved = [...new Set(bestCommittees.flat())].filter((c) => !inAll.includes(c)).sort((a, b) => a - b);
		const pickIndex = ties.chooseMany(bestCommittees.map((_, i) => i), 1, "committee", true)[0];
		winners = bestCommittees[pickIndex];
		const rec = ties.ties[ties.ties.length - 1];
		rec.tied = involved.map((c) => g.names[c]);
		rec.chosen = winners.filter((c) => involved.includes(c)).map((c) => g.names[c]);
	}
	return {
		winners,
		tiedCommittees: bestCommittees
	};
}
function popcount(x) {
	x -= x >>> 1 & 1431655765;
	x = (x & 858993459) + (x >>> 2 & 858993459);
	return (x + (x >>> 4) & 252645135) * 16843009 >>> 24;
}
function sequentialPav(g, seats, ties) {
	const n = g.names.length;
	const L = lcmUpTo(seats);
	const chosen = [];
	const inW = new Uint8Array(n);
	const rounds = [];
	for (let round = 1; round <= seats; round++) {
		const gain = new Array(n).fill(0n);
		g.sets.forEach((set, i) => {
			let have = 0;
			for (const c of set) if (inW[c]) have++;
			const add = L / BigInt(have + 1) * BigInt(g.counts[i]);
			for (const c of set) if (!inW[c]) gain[c] += add;
		});
		const out = g.names.map((_, c) => c).filter((c) => !inW[c]);
		let top = gain[out[0]];
		for (const c of out) if (gain[c] > top) top = gain[c];
		const c = ties.choose(out.filter((x) => gain[x] === top), "seat", true, round);
		inW[c] = 1;
		chosen.push(c);
		rounds.push({
			round,
			gains: Object.fromEntries(out.map((x) => [g.names[x], Rational.of(gain[x], L).toString()])),
			elected: g.names[c]
		});
	}
	return {
		winners: chosen,
		rounds
	};
}
// src/lib/domain/voting/borda.ts
/**
* Borda count. Points by position, exact (rationals):
*
* - 'standard' (default): with n candidates, 1st gets n−1, 2nd n−2, …, last 0.
* - 'modified' (Emerson): a voter ranking r candidates gives r, r−1, …, 1.
* - 'dowdall' (Nauru): 1, 1/2, 1/3, …
*
* Candidates tied in a ranking share the points of the positions they
* span, equally. Unranked candidates get 0 ('zero', default) or, with
* 'share', share equally the points of the positions left (only changes
* 'standard' and 'dowdall'; under 'modified' unranked get 0 either way).
*/
function countBorda(input, options = {}) {
	const { profile, names, seats, ties } = setupRanked(input, options);
	const n = names.length;
	const variant = options.variant ?? "standard";
	if (variant !== "standard" && variant !== "modified" && variant !== "dowdall") fail(`unknown variant "${String(variant)}" (use standard, modified or dowdall)`, "variant");
	const unranked = options.unranked ?? "zero";
	if (unranked !== "zero" && unranked !== "share") fail(`unknown rule "${String(unranked)}" (use zero or share)`, "unranked");
	const pointsAt = (p, ranked) => variant === "standard" ? Rational.of(n - 1 - p) : variant === "modified" ? Rational.of(p < ranked ? ranked - p : 0) : Rational.of(1, p + 1);
	/** Equal share of the points of positions [from, to). */
	const share = (from, to, ranked) => {
		let sum = Rational.ZERO;
		for (let p = from; p < to; p++) sum = sum.add(pointsAt(p, ranked));
		return Rational.of(sum.num, sum.den * BigInt(to - from));
	};
	const points = names.map(() => Rational.ZERO);
	const { codes, offsets, weights } = profile;
	const seen = new Uint8Array(n);
	for (let b = 0; b < profile.size; b++) {
		const start = offsets[b];
		const end = offsets[b + 1];
		const ranked = end - start;
		seen.fill(0);
		for (let i = start; i < end;) {
			let j = i + 1;
			while (j < end && codes[j] & 32768) j++;
			const each = share(i - start, j - start, ranked).mulInt(weights[b]);
			for (let k = i; k < j; k++) {
				const c = codes[k] & CANDIDATE_MASK;
				seen[c] = 1;
				points[c] = points[c].add(each);
			}
			i = j;
		}
		if (unranked === "share" && ranked < n && variant !== "modified") {
			const each = share(ranked, n, ranked).mulInt(weights[b]);
			for (let c = 0; c < n; c++) if (!seen[c]) points[c] = points[c].add(each);
		}
	}
	const groups = groupByScore(n, (c) => points[c], (a, b) => a.cmp(b));
	const winners = selectTop(groups, seats, ties);
	return {
		...reportBase("borda", seats, ties, profile.totalWeight, winners.map((c) => names[c])),
		order: toOrder(groups, names),
		rounds: [],
		variant,
		unranked,
		points: Object.fromEntries(names.map((name, c) => [name, points[c].toString()]))
	};
}
// src/lib/domain/voting/motion.ts
/**
* What threshold and consent votes share: an exact threshold over a stated
* base, and a quorum. Every comparison is done on integers (BigInt), so
* "at least 2/3" means exactly that.
*/
var BASE_TEXT = {
	cast: "votes cast (abstentions excluded)",
	"cast-with-abstentions": "votes cast (abstentions included)",
	present: "members present",
	eligible: "eligible members"
};
/** Tallies choice ballots: checks each count and choice, sums per choice. */
function tallyChoices(ballots, choices) {
	if (!Array.isArray(ballots)) fail("must be a list of ballots", "ballots");
	const tally = Object.fromEntries(choices.map((c) => [c, 0]));
	let total = 0;
	ballots.forEach((b, i) => {
		const where = `ballots[${i}]`;
		if (typeof b !== "object" || b === null) fail("ballot must be an object", where);
		const count = checkCount(b.count, `${where}.count`);
		if (!choices.includes(b.choice)) fail(`choice must be one of ${choices.join(", ")}`, `${where}.choice`);
		total = addTotal(total, count, where);
		tally[b.choice] += count;
	});
	return tally;
}
function wholeNumber(v, where) {
	if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) fail("must be a whole number", where);
	return v;
}
function evaluateMotion(rules, inFavour, against, abstain) {
	const t = rules.threshold ?? {
		numerator: 1,
		denominator: 2,
		inclusive: false
	};
	const num = wholeNumber(t.numerator, "threshold.numerator");
	const den = wholeNumber(t.denominator, "threshold.denominator");
	if (den === 0 || num > den) fail("must be a fraction from 0 to 1", "threshold");
	const inclusive = t.inclusive ?? false;
	const base = rules.base ?? "cast";
	const turnout = inFavour + against + abstain;
	const present = rules.present === void 0 ? void 0 : wholeNumber(rules.present, "present");
	const eligible = rules.eligible === void 0 ? void 0 : wholeNumber(rules.eligible, "eligible");
	if (present !== void 0 && present < turnout) fail(`${present} present but ${turnout} ballots cast`, "present");
	if (eligible !== void 0 && eligible < Math.max(turnout, present ?? 0)) fail("fewer eligible members than voters", "eligible");
	let baseVotes;
	switch (base) {
		case "cast":
			baseVotes = inFavour + against;
			break;
		case "cast-with-abstentions":
			baseVotes = turnout;
			break;
		case "present":
			if (present === void 0) fail("base \"present\" needs the number of members present", "present");
			baseVotes = present;
			break;
		case "eligible":
			if (eligible === void 0) fail("base \"eligible\" needs the number of eligible members", "eligible");
			baseVotes = eligible;
			break;
		default: fail(`unknown base "${String(base)}"`, "base");
	}
	const product = BigInt(num) * BigInt(baseVotes);
	const d = BigInt(den);
	const required = Number(inclusive ? (product + d - 1n) / d : product / d + 1n);
	let quorum;
	if (rules.quorum !== void 0) {
		let needed;
		if ("count" in rules.quorum) needed = wholeNumber(rules.quorum.count, "quorum.count");
		else {
			if (eligible === void 0) fail("a fractional quorum needs the number of eligible members", "eligible");
			const q = Rational.of(wholeNumber(rules.quorum.numerator, "quorum.numerator"), wholeNumber(rules.quorum.denominator, "quorum.denominator") || fail("zero denominator", "quorum.denominator")).mulInt(eligible);
			needed = Number((q.num + q.den - 1n) / q.den);
		}
		quorum = {
			required: needed,
			reached: turnout >= needed
		};
	}
	const passes = baseVotes > 0 && inFavour >= required;
	return {
		outcome: quorum && !quorum.reached ? "no-quorum" : passes ? "passes" : "fails",
		rule: `${inclusive ? "at least" : "more than"} ${num}/${den} of ${BASE_TEXT[base]}`,
		base,
		baseVotes,
		required,
		inFavour,
		turnout,
		...quorum ? { quorum } : {}
	};
}
// src/lib/domain/voting/consent.ts
/**
* Consent: agree / abstain / disagree / block. The proposal passes when the
* blocks do not exceed the allowed number (default 0) and agreement meets
* the threshold (default: more than 1/2 of agree + disagree + block; blocks
* count as votes against). Quorum as for threshold votes.
*/
function countConsent(input, options = {}) {
	const maxBlocks = options.maxBlocks ?? 0;
	if (!Number.isSafeInteger(maxBlocks) || maxBlocks < 0) fail("must be a whole number", "maxBlocks");
	const ties = new TieBreaker([], options);
	const tally = tallyChoices(input.ballots, [
		"agree",
		"abstain",
		"disagree",
		"block"
	]);
	const figures = evaluateMotion(options, tally.agree, tally.disagree + tally.block, tally.abstain);
	const blocked = tally.block > maxBlocks;
	return {
		method: "consent",
		seats: 1,
		seed: ties.seed,
		tieBreak: ties.rule,
		totalBallots: figures.turnout,
		winners: [],
		rounds: [],
		ties: [],
		tally,
		maxBlocks,
		blocked,
		...figures,
		outcome: figures.outcome === "passes" && blocked ? "fails" : figures.outcome
	};
}
// src/lib/domain/voting/irv.ts
/**
* Instant-runoff voting (single winner).
*
* Each round every ballot counts for its highest-ranked continuing
* candidate. A candidate with more than half of the continuing (not
* exhausted) votes is elected; otherwise the lowest candidate is eliminated
* (ties: the most recent earlier round at which they differed, then the
* final rule) or, with batch elimination, every candidate that is
* mathematically certain to lose: the largest set of lowest candidates whose
* combined votes are fewer than those of the next candidate up.
*
* Only the ballots of eliminated candidates are looked at again, so the
* count is linear in the number of preferences, not in rounds × ballots.
*/
function countIrv(input, options = {}) {
	const { profile, names, seats, ties } = setupRanked(input, options, "instant-runoff");
	const n = names.length;
	const overvote = checkOvervote(options.overvote ?? "exhaust");
	const batch = options.batchElimination ?? false;
	if (typeof batch !== "boolean") fail("must be true or false", "batchElimination");
	const { offsets, weights } = profile;
	const walker = new RankWalker(profile, overvote);
	const continuing = new Uint8Array(n).fill(1);
	const tallies = new Float64Array(n);
	const piles = Array.from({ length: n }, () => []);
	const pos = new Uint32Array(profile.size);
	let exhausted = 0;
	for (let b = 0; b < profile.size; b++) {
		const c = walker.next(offsets[b], offsets[b + 1], continuing);
		if (c >= 0) {
			pos[b] = walker.pos;
			piles[c].push(b);
			tallies[c] += weights[b];
		} else exhausted += weights[b];
	}
	const rounds = [];
	const history = [];
	const eliminatedOrder = [];
	let transfersIn;
	let newlyExhausted = 0;
	let winner = -1;
	for (let round = 1; winner < 0; round++) {
		const alive = names.map((_, i) => i).filter((c) => continuing[c]);
		const continuingVotes = alive.reduce((s, c) => s + tallies[c], 0);
		const rec = {
			round,
			tallies: Object.fromEntries(alive.map((c) => [names[c], tallies[c]])),
			exhausted,
			total: continuingVotes + exhausted,
			continuingVotes,
			majority: Math.floor(continuingVotes / 2) + 1,
			eliminated: []
		};
		if (transfersIn) {
			rec.transfersIn = Object.fromEntries(alive.filter((c) => transfersIn[c] > 0).map((c) => [names[c], transfersIn[c]]));
			rec.newlyExhausted = newlyExhausted;
		}
		rounds.push(rec);
		history.push(Array.from(tallies));
		const top = alive.reduce((a, c) => tallies[c] > tallies[a] ? c : a, alive[0]);
		if (alive.length === 1 || tallies[top] * 2 > continuingVotes) {
			winner = top;
			rec.elected = names[top];
			break;
		}
		const out = batch && certainLosers$1(alive, tallies) || [ties.chooseByHistory(lowest(alive, tallies), history, (a, b) => a - b, "lowest", "exclude", round)];
		for (const c of out) continuing[c] = 0;
		rec.eliminated = out.map((c) => names[c]);
		eliminatedOrder.push(out);
		transfersIn = new Float64Array(n);
		newlyExhausted = 0;
		for (const c of out) {
			for (const b of piles[c]) {
				const end = offsets[b + 1];
				const to = walker.next(walker.after(pos[b], end), end, continuing);
				if (to >= 0) {
					pos[b] = walker.pos;
					piles[to].push(b);
					tallies[to] += weights[b];
					transfersIn[to] += weights[b];
				} else {
					exhausted += weights[b];
					newlyExhausted += weights[b];
				}
			}
			piles[c] = [];
			tallies[c] = 0;
		}
	}
	const last = history[history.length - 1];
	const byVotes = (set) => {
		const groups = [];
		for (const c of [...set].sort((a, b) => last[b] - last[a] || a - b)) {
			const g = groups[groups.length - 1];
			if (g && last[g[0]] === last[c]) g.push(c);
			else groups.push([c]);
		}
		return groups;
	};
	const groups = [[winner], ...byVotes(names.map((_, i) => i).filter((c) => continuing[c] && c !== winner))];
	for (let i = eliminatedOrder.length - 1; i >= 0; i--) {
		const set = eliminatedOrder[i];
		const h = history[i];
		const sorted = [...set].sort((a, b) => h[b] - h[a] || a - b);
		for (const c of sorted) {
			const g = groups[groups.length - 1];
			if (g && set.includes(g[0]) && h[g[0]] === h[c]) g.push(c);
			else groups.push([c]);
		}
	}
	return {
		...reportBase("irv", seats, ties, profile.totalWeight, [names[winner]]),
		order: toOrder(groups, names),
		rounds,
		overvote,
		batchElimination: batch,
		initialThreshold: Math.floor(profile.totalWeight / 2) + 1
	};
}
function lowest(alive, tallies) {
	const min = Math.min(...alive.map((c) => tallies[c]));
	return alive.filter((c) => tallies[c] === min);
}
/**
* The largest set of lowest candidates whose combined votes are below the
* next candidate's (so no transfer among them could save any), if it has at
* least two members; otherwise undefined (eliminate one as usual).
*/
function certainLosers$1(alive, tallies) {
	const sorted = [...alive].sort((a, b) => tallies[a] - tallies[b]);
	let sum = 0;
	let best = 0;
	for (let k = 1; k < sorted.length - 1; k++) {
		sum += tallies[sorted[k - 1]];
		if (sum < tallies[sorted[k]]) best = k;
	}
	return best >= 2 ? sorted.slice(0, best) : void 0;
}
// src/lib/domain/voting/condorcet-options.ts
/**
* Options and strength measures shared by the Condorcet methods (Schulze,
* ranked pairs).
*/
function checkStrength(value) {
	if (value !== "winning-votes" && value !== "margin") fail(`unknown strength "${String(value)}" (use winning-votes or margin)`, "strength");
	return value;
}
/** Positive when defeat (f1, a1) is stronger than (f2, a2). */
function compareDefeats(measure, f1, a1, f2, a2) {
	if (measure === "margin") return f1 - a1 - (f2 - a2);
	return f1 - f2 || a2 - a1;
}
// src/lib/domain/voting/pairwise.ts
/**
* Pairwise preference counts d[a][b] = weight of ballots ranking a above b,
* shared by Schulze and ranked pairs.
*/
function checkUnranked(rule) {
	if (rule !== "last" && rule !== "ignore") fail(`unknown rule "${String(rule)}" (use last or ignore)`, "unranked");
	return rule;
}
/** Returns d as a flat n×n array: d[a * n + b]. */
function pairwiseMatrix(profile, unranked) {
	const n = profile.candidates.length;
	const d = new Float64Array(n * n);
	const beatsAll = new Float64Array(n);
	const { codes, offsets, weights } = profile;
	const last = unranked === "last";
	const tied = TIED;
	const mask = CANDIDATE_MASK;
	for (let b = 0; b < profile.size; b++) {
		const w = weights[b];
		const start = offsets[b];
		const end = offsets[b + 1];
		for (let i = start; i < end;) {
			let j = i + 1;
			while (j < end && codes[j] & tied) j++;
			for (let x = i; x < j; x++) {
				const c = codes[x] & mask;
				const row = c * n;
				if (last) {
					beatsAll[c] += w;
					for (let k = start; k < j; k++) if (k !== x) d[row + (codes[k] & mask)] -= w;
				} else for (let k = j; k < end; k++) d[row + (codes[k] & mask)] += w;
			}
			i = j;
		}
	}
	if (unranked === "last") {
		for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b) d[a * n + b] += beatsAll[a];
	}
	return d;
}
/** The matrix as nested records by candidate name, for reports. */
function namedMatrix(names, cell) {
	const out = {};
	names.forEach((na, a) => {
		const row = {};
		names.forEach((nb, b) => {
			if (a !== b) row[nb] = cell(a, b);
		});
		out[na] = row;
	});
	return out;
}
// src/lib/domain/voting/ranked-pairs.ts
/**
* Ranked pairs (Tideman): majorities are locked in from strongest to
* weakest, skipping any that would close a cycle. Pairs of equal strength
* are ordered by a tie-breaking ranking of the candidates (TBRC, Zavist &
* Tideman): the pair whose winner ranks higher in the TBRC first, then the
* one whose loser ranks lower. The TBRC is the candidate list order or a
* seeded random permutation, per the tie-break rule.
*/
function countRankedPairs(input, options = {}) {
	const { profile, names, seats, ties } = setupRanked(input, options, "ranked pairs");
	const n = names.length;
	const strength = checkStrength(options.strength ?? "winning-votes");
	const unranked = checkUnranked(options.unranked ?? "last");
	const d = pairwiseMatrix(profile, unranked);
	const majorities = [];
	for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (d[a * n + b] > d[b * n + a]) majorities.push([a, b]);
	const cmpStrength = ([a, b], [c, e]) => compareDefeats(strength, d[c * n + e], d[e * n + c], d[a * n + b], d[b * n + a]);
	majorities.sort(cmpStrength);
	if (majorities.some((p, i) => i > 0 && cmpStrength(majorities[i - 1], p) === 0)) {
		const involved = [...new Set(majorities.flatMap((p, i) => i > 0 && cmpStrength(majorities[i - 1], p) === 0 || i + 1 < majorities.length && cmpStrength(p, majorities[i + 1]) === 0 ? p : []))];
		const tbrc = ties.orderAll(names.map((_, i) => i), involved, "pair-order");
		const rank = new Int32Array(n);
		tbrc.forEach((c, i) => rank[c] = i);
		majorities.sort((p, q) => cmpStrength(p, q) || rank[p[0]] - rank[q[0]] || rank[q[1]] - rank[p[1]]);
	}
	const edges = Array.from({ length: n }, () => []);
	const reaches = (from, to) => {
		const seen = new Uint8Array(n);
		const stack = [from];
		while (stack.length) {
			const x = stack.pop();
			if (x === to) return true;
			if (seen[x]) continue;
			seen[x] = 1;
			stack.push(...edges[x]);
		}
		return false;
	};
	const pairs = majorities.map(([a, b]) => {
		const locked = !reaches(b, a);
		if (locked) edges[a].push(b);
		return {
			winner: names[a],
			loser: names[b],
			for: d[a * n + b],
			against: d[b * n + a],
			locked
		};
	});
	const groups = [];
	let remaining = names.map((_, i) => i);
	while (remaining.length) {
		const set = new Set(remaining);
		const beaten = new Set(remaining.flatMap((a) => edges[a].filter((b) => set.has(b))));
		const top = remaining.filter((c) => !beaten.has(c));
		groups.push(top);
		remaining = remaining.filter((c) => beaten.has(c));
	}
	const winner = ties.choose(groups[0], "winner", true);
	return {
		...reportBase("ranked-pairs", seats, ties, profile.totalWeight, [names[winner]]),
		order: toOrder(groups, names),
		rounds: [],
		strength,
		unranked,
		pairwise: namedMatrix(names, (a, b) => d[a * n + b]),
		pairs
	};
}
// src/lib/domain/voting/schulze.ts
/**
* Schulze method (beatpath), with Debian's semantics available:
* unranked options ranked equally last, defeat strength by winning votes
* with margins (fewer opposing votes) as the secondary key, and optionally
* Debian's quorum and majority requirement against the default option
* (Constitution A.6 steps 2–3, as used for the 2006/2007 DPL elections).
*/
function countSchulze(input, options = {}) {
	const { profile, names, seats, ties } = setupRanked(input, options, "Schulze");
	const n = names.length;
	const strength = checkStrength(options.strength ?? "winning-votes");
	const unranked = checkUnranked(options.unranked ?? "last");
	const d = pairwiseMatrix(profile, unranked);
	let kept = names.map((_, i) => i);
	let debian;
	if (options.debian) {
		const res = applyDebianRules(options.debian, names, d);
		debian = res.report;
		kept = kept.filter((c) => !res.dropped.has(c));
	}
	const paths = strongestPaths(d, n, kept, strength);
	const beats = (x, y) => compareDefeats(strength, paths.for[x * n + y], paths.against[x * n + y], paths.for[y * n + x], paths.against[y * n + x]) > 0;
	const groups = [];
	let remaining = kept;
	while (remaining.length) {
		const top = remaining.filter((x) => !remaining.some((y) => y !== x && beats(y, x)));
		groups.push(top);
		remaining = remaining.filter((x) => !top.includes(x));
	}
	const dropped = names.map((_, i) => i).filter((c) => !kept.includes(c));
	if (dropped.length) groups.push(dropped);
	const winner = ties.choose(groups[0], "winner", true);
	return {
		...reportBase("schulze", seats, ties, profile.totalWeight, [names[winner]]),
		order: toOrder(groups, names),
		rounds: [],
		strength,
		unranked,
		pairwise: namedMatrix(names, (a, b) => d[a * n + b]),
		strongestPaths: namedMatrix(names, (a, b) => paths.for[a * n + b] < 0 ? null : {
			for: paths.for[a * n + b],
			against: paths.against[a * n + b]
		}),
		...debian ? { debian } : {}
	};
}
/** Floyd–Warshall widest paths over the defeats among `kept`; for = -1 means no path. */
function strongestPaths(d, n, kept, measure) {
	const pf = new Float64Array(n * n).fill(-1);
	const pa = new Float64Array(n * n).fill(-1);
	for (const a of kept) for (const b of kept) if (a !== b && d[a * n + b] > d[b * n + a]) {
		pf[a * n + b] = d[a * n + b];
		pa[a * n + b] = d[b * n + a];
	}
	const stronger = (i, j) => compareDefeats(measure, pf[i], pa[i], pf[j], pa[j]) > 0;
	for (const i of kept) for (const j of kept) {
		if (j === i || pf[j * n + i] < 0) continue;
		for (const k of kept) {
			if (k === i || k === j || pf[i * n + k] < 0) continue;
			const weak = stronger(j * n + i, i * n + k) ? i * n + k : j * n + i;
			const cur = j * n + k;
			if (pf[cur] < 0 || stronger(weak, cur)) {
				pf[cur] = pf[weak];
				pa[cur] = pa[weak];
			}
		}
	}
	return {
		for: pf,
		against: pa
	};
}
function applyDebianRules(rules, names, d) {
	const n = names.length;
	const def = names.indexOf(rules.defaultOption);
	if (def < 0) fail(`default option "${rules.defaultOption}" is not a candidate`, "debian.defaultOption");
	const [mNum, mDen] = fractionParts(rules.majority ?? 1, "debian.majority");
	const quorum = rules.quorum === void 0 ? void 0 : quorumRule(rules.quorum);
	const dropped = /* @__PURE__ */ new Set();
	const checks = {};
	for (let a = 0; a < n; a++) {
		if (a === def) continue;
		const f = d[a * n + def];
		const g = d[def * n + a];
		const meetsQuorum = quorum ? quorum.meets(f) : true;
		const meetsMajority = compareFractions(f, 1, g * mNum, mDen) > 0;
		if (!meetsQuorum || !meetsMajority) dropped.add(a);
		checks[names[a]] = {
			for: f,
			against: g,
			ratio: g === 0 ? "inf" : roundedDecimal(BigInt(f), BigInt(g), 3),
			meetsQuorum,
			meetsMajority
		};
	}
	return {
		dropped,
		report: {
			defaultOption: names[def],
			...quorum ? { quorum: {
				required: quorum.required,
				rule: quorum.rule
			} } : {},
			majority: mDen === 1 ? `${mNum}:1` : `${mNum}/${mDen}:1`,
			options: checks,
			dropped: [...dropped].map((c) => names[c])
		}
	};
}
function fractionParts(value, where) {
	if (typeof value === "number") {
		if (!Number.isSafeInteger(value) || value < 0) fail("must be a whole number or a fraction", where);
		return [value, 1];
	}
	if (!Number.isSafeInteger(value?.numerator) || !Number.isSafeInteger(value?.denominator) || value.numerator < 0 || value.denominator <= 0) fail("must be {numerator, denominator} with whole numbers", where);
	return [value.numerator, value.denominator];
}
function quorumRule(q) {
	if (typeof q === "object" && "developers" in q) {
		const dev = q.developers;
		const m = q.multiplier ?? 3;
		if (!Number.isSafeInteger(dev) || dev < 0) fail("developers must be a whole number", "debian.quorum.developers");
		if (!Number.isSafeInteger(m) || m < 0) fail("multiplier must be a whole number", "debian.quorum.multiplier");
		const scale = 10n ** 15n;
		return {
			meets: (v) => 4n * BigInt(v) * BigInt(v) >= BigInt(m) * BigInt(m) * BigInt(dev),
			required: roundedDecimal(BigInt(m) * isqrt(BigInt(dev) * scale * scale), 2n * scale, 13),
			rule: `${m}·√${dev}/2`
		};
	}
	const [num, den] = fractionParts(q, "debian.quorum");
	return {
		meets: (v) => compareFractions(v, 1, num, den) >= 0,
		required: den === 1 ? String(num) : `${num}/${den}`,
		rule: "votes preferring the option to the default"
	};
}
// src/lib/domain/voting/score.ts
/**
* Score (range) voting: each voter gives each candidate a whole-number
* score from `min` to `max`. Blanks (a candidate left out, or null) are
* handled as stated by `blank`:
*
* - 'zero' (default): a blank counts as the minimum score; candidates are
*   ranked by total score.
* - 'ignore': a blank is not counted; candidates are ranked by their exact
*   average over the voters who scored them (a candidate nobody scored
*   comes last).
*/
function countScore(input, options = {}) {
	const names = checkCandidates(input.candidates);
	const n = names.length;
	const seats = checkSeats(options.seats ?? 1, n);
	const min = options.min ?? 0;
	const max = options.max ?? 5;
	if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min >= max) fail("min and max must be whole numbers with min < max", "max");
	const blank = options.blank ?? "zero";
	if (blank !== "zero" && blank !== "ignore") fail(`unknown blank rule "${String(blank)}" (use zero or ignore)`, "blank");
	const ties = new TieBreaker(names, options);
	const index = new Map(names.map((name, i) => [name, i]));
	if (!Array.isArray(input.ballots)) fail("must be a list of ballots", "ballots");
	const sums = new Array(n).fill(0n);
	const scorers = new Array(n).fill(0);
	let total = 0;
	input.ballots.forEach((b, i) => {
		const where = `ballots[${i}]`;
		if (typeof b !== "object" || b === null) fail("ballot must be an object", where);
		const count = checkCount(b.count, `${where}.count`);
		if (typeof b.scores !== "object" || b.scores === null || Array.isArray(b.scores)) fail("scores must be an object of candidate: score", `${where}.scores`);
		total = addTotal(total, count, where);
		const given = new Uint8Array(n);
		for (const [name, score] of Object.entries(b.scores)) {
			const c = index.get(name);
			if (c === void 0) fail(`unknown candidate ${JSON.stringify(name)}`, `${where}.scores`);
			if (score === null) continue;
			if (typeof score !== "number" || !Number.isInteger(score) || score < min || score > max) fail(`score must be a whole number from ${min} to ${max}`, `${where}.scores[${JSON.stringify(name)}]`);
			given[c] = 1;
			sums[c] += BigInt(score) * BigInt(count);
			scorers[c] += count;
		}
		if (blank === "zero") {
			for (let c = 0; c < n; c++) if (!given[c]) sums[c] += BigInt(min) * BigInt(count);
		}
	});
	const averages = sums.map((s, c) => scorers[c] ? Rational.of(s, scorers[c]) : void 0);
	const groups = blank === "zero" ? groupByScore(n, (c) => sums[c], (a, b) => a < b ? -1 : a > b ? 1 : 0) : groupByScore(n, (c) => averages[c], (a, b) => a === b ? 0 : !a ? -1 : !b ? 1 : a.cmp(b));
	const winners = selectTop(groups, seats, ties);
	return {
		...reportBase("score", seats, ties, total, winners.map((c) => names[c])),
		order: toOrder(groups, names),
		rounds: [],
		blank,
		range: [min, max],
		totals: Object.fromEntries(names.map((name, c) => [name, sums[c].toString()])),
		scorers: Object.fromEntries(names.map((name, c) => [name, scorers[c]])),
		...blank === "ignore" ? { averages: Object.fromEntries(names.map((name, c) => [name, averages[c]?.toString() ?? null])) } : {}
	};
}
// src/lib/domain/voting/stv-arithmetic.ts
/**
* The arithmetics of the Gregory-family STV rules. Each is exact in its own
* terms: the rule says where values are truncated, and nothing else rounds.
*/
/**
* Scaled integers held in doubles: values are whole numbers of 10^-d units,
* exact while totals stay below 2^53 (checked by the caller); products that
* could exceed it go through BigInt (mulDivFloor). Truncation toward zero.
*/
function smallFixed(decimals) {
	const unit = 10 ** decimals;
	return {
		zero: 0,
		one: unit,
		epsilon: 1,
		fromInt: (n) => n * unit,
		add: (a, b) => a + b,
		sub: (a, b) => a - b,
		times: (a, k) => a * k,
		cmp: (a, b) => a - b,
		transfer: (value, surplus, vote) => mulDivFloor(value, surplus, vote),
		divInt: (a, k) => Math.floor(a / k),
		format: (a) => formatScaled(a, decimals)
	};
}
/** Largest total weight smallFixed(d) can hold exactly. */
function smallFixedLimit(decimals) {
	return Math.floor(Number.MAX_SAFE_INTEGER / 10 ** decimals);
}
/** Scaled BigInt fixed point with truncation, any number of decimals. */
function bigFixed(decimals) {
	if (!Number.isInteger(decimals) || decimals < 0 || decimals > 100) fail("must be a whole number from 0 to 100", "decimals");
	const unit = 10n ** BigInt(decimals);
	return {
		zero: 0n,
		one: unit,
		epsilon: 1n,
		fromInt: (n) => BigInt(n) * unit,
		add: (a, b) => a + b,
		sub: (a, b) => a - b,
		times: (a, k) => a * BigInt(k),
		cmp: (a, b) => a < b ? -1 : a > b ? 1 : 0,
		transfer: (value, surplus, vote) => value * surplus / vote,
		divInt: (a, k) => a / BigInt(k),
		format: (a) => formatScaled(a, decimals)
	};
}
/** Exact rationals; reports show 12 decimals (truncated), as droop prints them. */
function rationalArithmetic(shownDecimals = 12) {
	return {
		zero: Rational.ZERO,
		one: Rational.ONE,
		epsilon: Rational.ZERO,
		fromInt: (n) => Rational.of(n),
		add: (a, b) => a.add(b),
		sub: (a, b) => a.sub(b),
		times: (a, k) => a.mulInt(k),
		cmp: (a, b) => a.cmp(b),
		transfer: (value, surplus, vote) => value.mul(surplus).div(vote),
		divInt: (a, k) => Rational.of(a.num, a.den * BigInt(k)),
		format: (a) => a.toDecimal(shownDecimals)
	};
}
// src/lib/domain/voting/wigm.ts
/**
* Weighted inclusive Gregory method (WIGM): the engine behind Scottish STV
* and the generic Gregory rule. The rules differ only in arithmetic, quota
* and whether the last exclusion is transferred; those come in a WigmRule.
*
* Stages: first preferences; then, while seats remain and more candidates
* continue than seats remain, transfer the largest surplus (all of the
* elected candidate's papers, each at value × surplus / votes, truncated as
* the arithmetic says) or, with no surplus left, exclude the lowest
* candidate and pass on all their papers at their current values.
*
* Ballots with identical rankings always travel together and keep the same
* value, so a "paper" here is a distinct ballot with its weight.
*/
var HOPEFUL$1 = 0;
var ELECTED$1 = 1;
var EXCLUDED = 2;
function countWigm(rule, input, options) {
	const { profile, names, seats, ties } = setupRanked(input, options);
	const n = names.length;
	const overvote = checkOvervote(options.overvote ?? "exhaust");
	const walker = new RankWalker(profile, overvote);
	const A = rule.arithmetic;
	rule.checkTotal?.(profile.totalWeight);
	const quota = rule.quota(profile.totalWeight, seats);
	const status = new Uint8Array(n);
	const hopeful = new Uint8Array(n).fill(1);
	const votes = names.map(() => A.zero);
	const piles = names.map(() => []);
	const { offsets, weights } = profile;
	const pos = new Uint32Array(profile.size);
	const value = new Array(profile.size).fill(A.one);
	let exhausted = A.zero;
	let lost = A.zero;
	const elected = [];
	const pending = /* @__PURE__ */ new Set();
	const stages = [];
	const history = [];
	/** Passes paper b on to its next hopeful candidate; returns the receiver or -1. */
	const place = (b, from) => {
		const end = offsets[b + 1];
		const to = walker.next(from, end, hopeful);
		if (to >= 0) {
			pos[b] = walker.pos;
			piles[to].push(b);
			votes[to] = A.add(votes[to], A.times(value[b], weights[b]));
		} else exhausted = A.add(exhausted, A.times(value[b], weights[b]));
		return to;
	};
	const record = (action, transfers) => {
		const stage = {
			stage: stages.length + 1,
			action,
			votes: Object.fromEntries(names.flatMap((name, c) => status[c] === EXCLUDED ? [] : [[name, A.format(votes[c])]])),
			nonTransferable: A.format(exhausted),
			lostToRounding: A.format(lost),
			elected: []
		};
		if (transfers) stage.transfers = Object.fromEntries(names.flatMap((name, c) => A.cmp(transfers[c], A.zero) > 0 ? [[name, A.format(transfers[c])]] : []));
		stages.push(stage);
		history.push([...votes]);
	};
	const elect = (c) => {
		status[c] = ELECTED$1;
		hopeful[c] = 0;
		elected.push(c);
		stages[stages.length - 1].elected.push(names[c]);
	};
	const hopefuls = () => names.map((_, c) => c).filter((c) => status[c] === HOPEFUL$1);
	for (let b = 0; b < profile.size; b++) place(b, offsets[b]);
	record({ type: "first-preferences" });
	for (;;) {
		const reached = hopefuls().filter((c) => rule.hasQuota(votes[c], quota));
		for (const c of reached.sort((a, b) => A.cmp(votes[b], votes[a]) || a - b)) {
			elect(c);
			if (A.cmp(votes[c], quota) > 0) pending.add(c);
		}
		const seatsLeft = seats - elected.length;
		if (seatsLeft <= 0 || hopefuls().length <= seatsLeft) break;
		const stageNo = stages.length + 1;
		const received = names.map(() => A.zero);
		const moveAll = (from) => {
			for (const b of piles[from]) {
				const to = place(b, walker.after(pos[b], offsets[b + 1]));
				if (to >= 0) received[to] = A.add(received[to], A.times(value[b], weights[b]));
			}
			piles[from] = [];
		};
		if (pending.size) {
			const top = maxBy([...pending], votes, A.cmp);
			const c = ties.chooseByHistory(top, history, A.cmp, "highest", "surplus", stageNo);
			pending.delete(c);
			const vote = votes[c];
			const surplus = A.sub(vote, quota);
			let passed = A.zero;
			for (const b of piles[c]) {
				value[b] = A.transfer(value[b], surplus, vote);
				passed = A.add(passed, A.times(value[b], weights[b]));
			}
			lost = A.add(lost, A.sub(surplus, passed));
			votes[c] = quota;
			moveAll(c);
			record({
				type: "surplus",
				candidate: names[c],
				surplus: A.format(surplus),
				transferValue: A.format(A.transfer(A.one, surplus, vote))
			}, received);
			continue;
		}
		const low = minBy(hopefuls(), votes, A.cmp);
		const c = ties.chooseByHistory(low, history, A.cmp, "lowest", "exclude", stageNo);
		status[c] = EXCLUDED;
		hopeful[c] = 0;
		if (!rule.transferLastExclusion && hopefuls().length === seatsLeft) {
			const last = stages[stages.length - 1];
			last.excludedWithoutTransfer = [...last.excludedWithoutTransfer ?? [], names[c]];
			break;
		}
		const moved = votes[c];
		votes[c] = A.zero;
		moveAll(c);
		record({
			type: "exclusion",
			candidate: names[c],
			votes: A.format(moved)
		}, received);
	}
	for (const c of hopefuls().sort((a, b) => A.cmp(votes[b], votes[a]) || a - b)) if (elected.length < seats) elect(c);
	return {
		...reportBase(rule.method, seats, ties, profile.totalWeight, elected.map((c) => names[c])),
		rounds: stages,
		quota: A.format(quota),
		overvote
	};
}
function maxBy(cands, votes, cmp) {
	let best = votes[cands[0]];
	for (const c of cands) if (cmp(votes[c], best) > 0) best = votes[c];
	return cands.filter((c) => cmp(votes[c], best) === 0).sort((a, b) => a - b);
}
function minBy(cands, votes, cmp) {
	let best = votes[cands[0]];
	for (const c of cands) if (cmp(votes[c], best) < 0) best = votes[c];
	return cands.filter((c) => cmp(votes[c], best) === 0);
}
// src/lib/domain/voting/stv-gregory.ts
/**
* Gregory STV (weighted inclusive Gregory method, WIGM), as the droop
* package's reference "wigm" rule counts it:
*
* - Quota = valid ballots / (seats + 1), not rounded (Droop quota, exact);
*   elected when votes exceed it.
* - Largest surplus first; every paper of the elected candidate passes on at
*   value × surplus / votes.
* - With no surplus, the lowest candidate is excluded and all their papers
*   pass on at their current values; the last exclusion is transferred too.
* - Ties: most recent earlier stage at which the tied candidates differed,
*   then the final tie-break rule.
*
* Arithmetic is exact rational by default. With `decimals: d`, values are
* truncated to d decimal places instead (quota rounded up by one unit and
* reached at equality, as in droop's fixed-point mode).
*/
function countGregoryStv(input, options = {}) {
	if (options.decimals === void 0) return countWigm(exactRule(rationalArithmetic()), input, options);
	if (!Number.isInteger(options.decimals)) fail("must be a whole number", "decimals");
	const A = bigFixed(options.decimals);
	return countWigm({
		method: "stv-gregory",
		arithmetic: A,
		quota: (valid, seats) => A.divInt(A.fromInt(valid), seats + 1) + A.epsilon,
		hasQuota: (vote, quota) => vote >= quota,
		transferLastExclusion: true
	}, input, options);
}
function exactRule(A) {
	return {
		method: "stv-gregory",
		arithmetic: A,
		quota: (valid, seats) => A.divInt(A.fromInt(valid), seats + 1),
		hasQuota: (vote, quota) => A.cmp(vote, quota) > 0,
		transferLastExclusion: true
	};
}
// src/lib/domain/voting/stv-meek.ts
/**
* Meek STV, following the reference rule of the droop package (Hill,
* Wichmann & Woodall's algorithm as droop's "meek" rule counts it):
*
* - Every candidate has a keep factor: 1 while hopeful, 0 once defeated;
*   an elected candidate keeps that fraction of each vote reaching them and
*   passes the rest down the ballot.
* - Each iteration distributes all ballots, sets the quota to
*   votes held / (seats + 1), elects every hopeful candidate with at least
*   the quota, and otherwise lowers the keep factors (kf ← kf · quota /
*   votes, rounded up) until the total surplus is at most 10^-omega, stops
*   falling, or a batch of certain losers appears.
* - Then the certain losers (largest set of lowest candidates whose votes
*   plus the surplus stay below the next candidate) are defeated together,
*   or else the lowest candidate (candidates within the surplus of the
*   lowest count as tied: earlier rounds, then the final tie-break rule).
*
* Arithmetic is fixed point in scaled BigInt, `decimals` places (default
* 24; droop's guarded default is 18 + 9 guard digits). Keep and pass-on are
* both rounded down (droop's OpenSTV-compatible rule), so a vote never
* grows; what rounding drops is reported as lost, and at every round
* held + exhausted + lost = total exactly.
*
* Speed: between two elections or defeats the candidates' states do not
* change, so each ballot only matters through its path of elected
* candidates up to its first hopeful one. Those paths are merged into a
* prefix tree once per change of state, and each iteration walks the tree
* (a few thousand nodes) instead of every ballot.
*/
var HOPEFUL = 0;
var ELECTED = 1;
var DEFEATED = 2;
function countMeekStv(input, options = {}) {
	const { profile, names, seats, ties } = setupRanked(input, options);
	const overvote = checkOvervote(options.overvote ?? "exhaust");
	const decimals = options.decimals ?? 24;
	if (!Number.isInteger(decimals) || decimals < 6 || decimals > 100) fail("must be a whole number from 6 to 100", "decimals");
	const omega10 = options.omega ?? Math.min(10, Math.floor(decimals * 2 / 3));
	if (!Number.isInteger(omega10) || omega10 < 1 || omega10 > decimals) fail(`must be a whole number from 1 to ${decimals}`, "omega");
	const batchMode = options.batchDefeat ?? "safe";
	if (batchMode !== "safe" && batchMode !== "none") fail("must be safe or none", "batchDefeat");
	const S = 10n ** BigInt(decimals);
	const omega = 10n ** BigInt(decimals - omega10);
	const total = BigInt(profile.totalWeight) * S;
	const fmt = (v) => formatScaled(v, decimals);
	const status = new Uint8Array(names.length);
	const kf = names.map(() => S);
	const tree = new PathTree(profile, overvote);
	let votes = [];
	let exhausted = 0n;
	let lost = 0n;
	let quota = 0n;
	let surplus = 0n;
	const elected = [];
	const rounds = [];
	const history = [];
	const seatsLeft = () => seats - elected.length;
	const inState = (s) => names.map((_, c) => c).filter((c) => status[c] === s);
	const distribute = () => {
		({votes, exhausted, lost} = tree.distribute(status, kf, S));
		quota = (total - exhausted - lost) / BigInt(seats + 1) + 1n;
	};
	const record = (st, iterations, newlyElected, defeated) => {
		rounds.push({
			round: rounds.length,
			status: st,
			iterations,
			quota: fmt(quota),
			votes: Object.fromEntries(names.flatMap((name, c) => status[c] === DEFEATED && !defeated.includes(c) ? [] : [[name, fmt(votes[c])]])),
			keepFactors: Object.fromEntries(elected.map((c) => [names[c], fmt(kf[c])])),
			surplus: fmt(surplus),
			exhausted: fmt(exhausted),
			lostToRounding: fmt(lost),
			elected: newlyElected.map((c) => names[c]),
			defeated: defeated.map((c) => names[c])
		});
		history.push([...votes]);
	};
	const electAll = (cands) => {
		cands.sort((a, b) => cmp(votes[b], votes[a]) || a - b);
		for (const c of cands) {
			status[c] = ELECTED;
			elected.push(c);
		}
		return cands;
	};
	const defeat = (cands) => {
		for (const c of cands) {
			status[c] = DEFEATED;
			kf[c] = 0n;
		}
		tree.rebuild(status);
		return cands.sort((a, b) => a - b);
	};
	tree.rebuild(status);
	distribute();
	record("first-preferences", 0, [], []);
	while (seatsLeft() > 0 && inState(HOPEFUL).length > seatsLeft()) {
		let lastSurplus = total;
		let iterations = 0;
		let outcome;
		let batch = [];
		for (;;) {
			iterations++;
			distribute();
			const reached = inState(HOPEFUL).filter((c) => votes[c] >= quota);
			surplus = 0n;
			for (const c of elected) surplus += votes[c] - quota;
			if (reached.length) {
				const newly = electAll(reached);
				surplus = 0n;
				for (const c of elected) surplus += votes[c] - quota;
				record("elected", iterations, newly, []);
				tree.rebuild(status);
				outcome = "elected";
				break;
			}
			if (surplus <= omega) {
				outcome = "omega";
				break;
			}
			if (surplus >= lastSurplus) {
				outcome = "stable";
				break;
			}
			if (batchMode === "safe") batch = certainLosers(inState(HOPEFUL), votes, surplus, seatsLeft());
			if (batch.length) {
				outcome = "batch";
				break;
			}
			lastSurplus = surplus;
			for (const c of elected) kf[c] = ceilDiv(ceilDiv(kf[c] * quota, S) * S, votes[c]);
		}
		if (outcome === "elected") continue;
		if (outcome === "batch") {
			record("batch", iterations, [], defeat(batch));
			continue;
		}
		const hopeful = inState(HOPEFUL);
		let low = votes[hopeful[0]];
		for (const c of hopeful) if (votes[c] < low) low = votes[c];
		const tied = hopeful.filter((c) => votes[c] <= low + surplus);
		const loser = ties.chooseByHistory(tied, history, cmp, "lowest", "exclude", rounds.length);
		record(outcome, iterations, [], defeat([loser]));
	}
	const remaining = inState(HOPEFUL);
	if (remaining.length) {
		const newly = seatsLeft() > 0 ? electAll(remaining) : [];
		if (!newly.length) defeat(remaining);
		else tree.rebuild(status);
		const keptQuota = quota;
		distribute();
		quota = keptQuota;
		record("remaining", 0, newly, newly.length ? [] : remaining);
	}
	return {
		...reportBase("stv-meek", seats, ties, profile.totalWeight, elected.map((c) => names[c])),
		rounds,
		decimals,
		omega: `1e-${omega10}`,
		overvote,
		quota: fmt(quota)
	};
}
function cmp(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
function ceilDiv(a, b) {
	return (a + b - 1n) / b;
}
/**
* droop's "safe" batch: group hopefuls by vote (candidates within `surplus`
* of a group's lowest join it), then take the largest run of lowest groups
* whose votes plus the surplus stay below the next group, leaving enough
* candidates to fill the seats and never splitting a group.
*/
function certainLosers(hopeful, votes, surplus, seatsLeft) {
	const sorted = [...hopeful].sort((a, b) => cmp(votes[a], votes[b]) || a - b);
	const groups = [];
	let group = [];
	let base = 0n;
	for (const c of sorted) if (base + surplus >= votes[c]) group.push(c);
	else {
		if (group.length) groups.push(group);
		group = [c];
		base = votes[c];
	}
	if (group.length) groups.push(group);
	const maxDefeat = hopeful.length - seatsLeft;
	let sum = 0n;
	let count = 0;
	let upTo = -1;
	for (let g = 0; g < groups.length - 1; g++) {
		count += groups[g].length;
		if (count > maxDefeat) break;
		for (const c of groups[g]) sum += votes[c];
		if (sum + surplus < votes[groups[g + 1][0]]) upTo = g;
	}
	return groups.slice(0, upTo + 1).flat();
}
/**
* Ballot paths merged into a prefix tree: each path runs through elected
* candidates (defeated ones are skipped) and stops at the first hopeful one.
* Nodes are stored parent-first, so one forward pass distributes the votes.
*/
var PathTree = class {
	profile;
	walker;
	cand = /* @__PURE__ */ new Int32Array(0);
	parent = /* @__PURE__ */ new Int32Array(0);
	/** Weight of ballots passing through each node. */
	through = [];
	/** Weight of ballots whose path ends at an elected node (they exhaust there). */
	ending = [];
	emptyWeight = 0n;
	constructor(profile, overvote) {
		this.profile = profile;
		this.walker = new RankWalker(profile, overvote);
	}
	rebuild(status) {
		const { offsets, weights, size } = this.profile;
		const live = Uint8Array.from(status, (s) => s === DEFEATED ? 0 : 1);
		const n = status.length;
		const index = /* @__PURE__ */ new Map();
		const cand = [];
		const parent = [];
		const through = [];
		const ending = [];
		let empty = 0;
		const walker = this.walker;
		for (let b = 0; b < size; b++) {
			const end = offsets[b + 1];
			const w = weights[b];
			let p = offsets[b];
			let node = -1;
			for (;;) {
				const c = walker.next(p, end, live);
				if (c < 0) {
					if (node < 0) empty += w;
					else ending[node] += w;
					break;
				}
				const key = (node + 1) * (n + 1) + c;
				let child = index.get(key);
				if (child === void 0) {
					child = cand.length;
					index.set(key, child);
					cand.push(c);
					parent.push(node);
					through.push(0);
					ending.push(0);
				}
				through[child] += w;
				node = child;
				if (status[c] === HOPEFUL) break;
				p = walker.after(walker.pos, end);
			}
		}
		this.cand = Int32Array.from(cand);
		this.parent = Int32Array.from(parent);
		this.through = through.map(BigInt);
		this.ending = ending.map(BigInt);
		this.emptyWeight = BigInt(empty);
	}
	distribute(status, kf, S) {
		const votes = Array.from(status, () => 0n);
		const { cand, parent, through, ending } = this;
		const pass = new Array(cand.length);
		let exhausted = this.emptyWeight * S;
		let lost = 0n;
		for (let i = 0; i < cand.length; i++) {
			const c = cand[i];
			const w = parent[i] < 0 ? S : pass[parent[i]];
			if (status[c] === HOPEFUL) {
				votes[c] += w * through[i];
				continue;
			}
			const k = kf[c];
			const keep = w * k / S;
			const rest = w * (S - k) / S;
			votes[c] += keep * through[i];
			const drop = w - keep - rest;
			if (drop) lost += drop * through[i];
			pass[i] = rest;
			if (ending[i]) exhausted += rest * ending[i];
		}
		return {
			votes,
			exhausted,
			lost
		};
	}
};
// src/lib/domain/voting/stv-scottish.ts
/**
* Scottish STV: The Scottish Local Government Elections Order 2007
* (SSI 2007/42), Schedule 1 rules 45–52.
*
* - Quota = floor(valid ballots / (seats + 1)) + 1 (rule 46).
* - Elected on reaching the quota (rule 47).
* - Largest surplus first; all the elected candidate's papers pass on, each
*   at (surplus × value when received) / candidate's votes, calculated to
*   five decimal places with any remainder ignored (rule 48).
* - Equal surpluses, and equal lowest candidates, are decided by the most
*   recent earlier stage at which they differed, then by lot (rules 49, 51).
* - With no surplus, the lowest candidate is excluded and all their papers
*   pass on at their current values (rule 50).
* - When the continuing candidates are as many as the vacancies left, they
*   are elected and no further transfer is made (rule 52). Option
*   `transferLastExclusion: true` transfers that last exclusion anyway, as
*   the droop package's "scotland" rule does.
*/
var DECIMALS = 5;
function countScottishStv(input, options = {}) {
	const transferLastExclusion = options.transferLastExclusion ?? false;
	if (typeof transferLastExclusion !== "boolean") fail("must be true or false", "transferLastExclusion");
	const arithmetic = smallFixed(DECIMALS);
	return countWigm({
		method: "stv-scottish",
		arithmetic,
		quota: (valid, seats) => arithmetic.fromInt(Math.floor(valid / (seats + 1)) + 1),
		hasQuota: (vote, quota) => vote >= quota,
		transferLastExclusion,
		checkTotal: (total) => {
			if (total > smallFixedLimit(DECIMALS)) fail("too many ballots for exact 5-decimal arithmetic", "ballots");
		}
	}, input, options);
}
// src/lib/domain/voting/threshold.ts
/**
* Threshold vote on a motion: yes / no / abstain, an exact threshold over a
* stated base, and an optional quorum.
*/
function countThreshold(input, options = {}) {
	const ties = new TieBreaker([], options);
	const tally = tallyChoices(input.ballots, [
		"yes",
		"no",
		"abstain"
	]);
	const figures = evaluateMotion(options, tally.yes, tally.no, tally.abstain);
	return {
		method: "threshold",
		seats: 1,
		seed: ties.seed,
		tieBreak: ties.rule,
		totalBallots: tally.yes + tally.no + tally.abstain,
		winners: [],
		rounds: [],
		ties: [],
		tally,
		...figures
	};
}
// src/lib/domain/voting/index.ts
/**
* Plenary's counting core: every vote-counting method, exact and
* replayable. Pure functions, no I/O.
*
*   import { count } from '$lib/domain/voting';
*   const report = count('schulze', { candidates, ballots }, { seed: 'decision-42' });
*
* The registry maps each method id to its counter; the `satisfies` clause
* makes a missing method a compile error.
*/
var counters = {
	threshold: countThreshold,
	consent: countConsent,
	approval: countApproval,
	score: countScore,
	borda: countBorda,
	irv: countIrv,
	schulze: countSchulze,
	"ranked-pairs": countRankedPairs,
	"stv-meek": countMeekStv,
	"stv-scottish": countScottishStv,
	"stv-gregory": countGregoryStv
};
/** Counts `input` by `method`. Throws VotingInputError (with the field) on bad input. */
function count$1(method, input, options = {}) {
	if (!Object.hasOwn(counters, method)) fail(`unknown method ${JSON.stringify(method)}`, "method");
	const counter = counters[method];
	return counter(input, options);
}
// src/lib/domain/decisions/tally.ts
/**
* Counting a decision: the same ballots counted twice by the counting core, once with every
* ballot as 1 (raw) and once with the weights fixed when they were cast (weighted). The quorum is
* a matter of people, so it is checked on the raw count; the outcome follows the weighted count.
*/
/** Seed of the lot, recorded with the result so anyone can replay the count. */
function decisionSeed(decisionId) {
	return `decision-${decisionId}`;
}
function quorumRequired(settings, eligible) {
	const q = settings.quorum;
	if (!q) return null;
	return Math.ceil(q.numerator * eligible / q.denominator);
}
/** The method options the published files carry, so a recount with the CLI gives the same result. */
function methodOptions(input) {
	const common = {
		seed: decisionSeed(input.decisionId),
		tieBreak: "random"
	};
	const { settings } = input;
	if (input.ballotType === "motion") return {
		...common,
		threshold: settings.threshold
	};
	if (input.ballotType === "consent") return {
		...common,
		threshold: settings.threshold,
		maxBlocks: settings.maxBlocks
	};
	if (input.method === "score") return {
		...common,
		min: 0,
		max: settings.scoreMax
	};
	return common;
}
function tallyDecision(input) {
	const names = new Map(input.options.map((o) => [o.id, o.name]));
	const name = (id) => names.get(id) ?? id;
	const candidates = input.options.map((o) => o.name);
	const run = (weighted) => {
		const ballots = input.ballots.map((b) => countBallot(b.choice, weighted ? b.weight : 1, name));
		const options = methodOptions(input);
		const data = input.ballotType === "choice" ? {
			candidates,
			ballots
		} : { ballots };
		return count$1(input.method, data, options);
	};
	const raw = run(false);
	const weighted = run(true);
	const turnout = input.ballots.length;
	const required = quorumRequired(input.settings, input.eligible);
	const quorate = required === null || turnout >= required;
	let outcome;
	let winner = null;
	if (!quorate || turnout === 0) outcome = "no-quorum";
	else if (input.ballotType === "choice") {
		const won = weighted.winners[0];
		winner = input.options.find((o) => o.name === won)?.id ?? null;
		outcome = winner ? "chosen" : "fails";
	} else if (input.ballotType === "consent" && "blocked" in raw && raw.blocked) outcome = "blocked";
	else outcome = weighted.outcome === "passes" ? "passes" : "fails";
	return {
		raw,
		weighted,
		outcome,
		winner,
		turnout,
		quorumRequired: required
	};
}
/** Option names for the count: the labels, made unique where two read the same. */
function countNames(labels) {
	const seen = /* @__PURE__ */ new Map();
	return labels.map((label) => {
		const base = label.trim().replace(/["\r\n]/g, "'") || "?";
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return n === 1 ? base : `${base} (${n})`;
	});
}
// src/lib/server/decisions/counting.ts
/** A decision's options with the unique names its count and published files use. */
async function countOptions(db, decisionId) {
	const rows = await db.select({
		id: decisionOptions.id,
		label: decisionOptions.label,
		position: decisionOptions.position
	}).from(decisionOptions).where(eq(decisionOptions.decisionId, decisionId)).orderBy(asc(decisionOptions.position));
	const names = countNames(rows.map((r) => r.label));
	return rows.map((r, i) => ({
		id: String(r.id),
		name: names[i],
		label: r.label,
		position: r.position
	}));
}
/** The current (not superseded) ballots, in the order they were cast. */
async function currentBallots(db, decisionId) {
	return db.select({
		choice: ballots.choice,
		weight: ballots.weight,
		receipt: ballots.receipt
	}).from(ballots).where(and(eq(ballots.decisionId, decisionId), isNull(ballots.supersededAt))).orderBy(asc(ballots.id));
}
/** Count a decision's current ballots (at the close, or live while voting when results are open). */
async function countDecision(db, decision, eligible) {
	const options = await countOptions(db, decision.id);
	const rows = await currentBallots(db, decision.id);
	return {
		...tallyDecision({
			decisionId: decision.id,
			ballotType: decision.ballotType,
			method: decision.method,
			settings: readSettings(decision.settings),
			options,
			eligible: Math.max(eligible, rows.length),
			ballots: rows.map((r) => ({
				choice: r.choice,
				weight: r.weight
			}))
		}),
		options
	};
}
export { CHOICE_METHODS as C, methodFor as D, WEIGHTINGS as E, readSettings as O, BALLOT_TYPES as S, RANKED_METHODS as T, votingTiers as _, SeededRandom as a, onLosingSide as b, unpackRanked as c, loadAmendment as d, loadDecision as f, isEligible as g, inAffectedGroup as h, evaluateMotion as i, fail as l, eligibleCount as m, countOptions as n, isRankedProfile as o, eligibleCondition as p, methodOptions as r, packRanked as s, countDecision as t, authorise as u, can as v, DEFAULT_SETTINGS as w, readChoice as x, countBallot as y };
