import { _ as ballots } from "./i18n.js";
import { s as NotFound, t as Conflict } from "./errors.js";
import { O as readSettings, T as RANKED_METHODS, c as unpackRanked, f as loadDecision, l as fail, n as countOptions, o as isRankedProfile, r as methodOptions, s as packRanked, y as countBallot } from "./counting.js";
import { and, eq, isNull } from "drizzle-orm";
// src/lib/domain/voting/blt.ts
/**
* BLT, the ballot file of OpenSTV, droop, ERS and OpaVote:
*
*   4 2                  candidates, seats
*   -3                   optional: withdrawn candidates (negative numbers)
*   12 1 2 4 0           weight, preferences (1-based), 0
*   3 2=4 1 0            '=' joins candidates ranked equally
*   (b17) 1 3 0          optional ballot id in parentheses
*   0                    end of ballots
*   "Ann"                one name per candidate
*   …
*   "Title"
*
* The parser is incremental (push chunks of bytes, then finish), works on
* bytes without building a string of the whole file, groups identical
* ballots as it goes, and enforces limits (line length, bytes, distinct
* ballots) so that a hostile file is refused with a line number before it
* can exhaust memory. '#' starts a comment outside quoted names.
*/
/** Writes BLT; tie groups become '='. Names may not contain a double quote. */
function writeBlt(e) {
	const profile = isRankedProfile(e.ballots) ? e.ballots : packRanked(e.candidates, e.ballots);
	const index = new Map(e.candidates.map((name, i) => [name, i + 1]));
	const lines = [`${e.candidates.length} ${e.seats}`];
	for (const b of unpackRanked(profile)) {
		const ranks = b.ranking.map((group) => group.map((name) => index.get(name)).join("="));
		lines.push([
			b.count,
			...ranks,
			0
		].join(" "));
	}
	lines.push("0");
	for (const name of [...e.candidates, e.title ?? ""]) {
		if (name.includes("\"") || /[\r\n]/.test(name)) fail(`cannot write "${name}" in BLT (quote or line break)`, "candidates");
		lines.push(`"${name}"`);
	}
	return lines.join("\n") + "\n";
}
// src/lib/server/decisions/publication.ts
/**
* Publishing a closed secret ballot so anyone can recount it: the anonymised ballots with their
* receipts, as case JSON (`npm run tally -- file.json` gives the published result) and, for
* ranked methods, BLT. Ballots are ordered by receipt, not by when they were cast, so the file
* says nothing about who voted when. Open ballots are published the same way (with names on the
* page itself).
*/
async function closedForPublication(db, id) {
	const ctx = await loadDecision(db, null, id);
	if (ctx.decision.phase !== "closed") throw new Conflict("publication_error_not_closed");
	return ctx;
}
/** The case-JSON file: method, options, seed, the eligible count and every ballot with its receipt. */
async function publishedBallots(db, id, weights = "weighted") {
	const { decision: d } = await closedForPublication(db, id);
	const options = await countOptions(db, id);
	const names = new Map(options.map((o) => [o.id, o.name]));
	const rows = await db.select({
		choice: ballots.choice,
		weight: ballots.weight,
		receipt: ballots.receipt,
		reason: ballots.reason
	}).from(ballots).where(and(eq(ballots.decisionId, id), isNull(ballots.supersededAt)));
	rows.sort((a, b) => (a.receipt ?? "").localeCompare(b.receipt ?? ""));
	const settings = readSettings(d.settings);
	const ballotType = d.ballotType;
	const options_ = methodOptions({
		decisionId: id,
		ballotType,
		method: d.method,
		settings
	});
	return {
		source: `Plenary decision ${id}: ${d.title}`,
		method: d.method,
		seats: 1,
		...ballotType === "choice" ? { candidates: options.map((o) => o.name) } : {},
		seed: options_.seed,
		options: {
			...options_,
			seed: void 0
		},
		weights,
		eligible: d.eligibleAtClose,
		outcome: d.outcome,
		ballots: rows.map((r) => ({
			...countBallot(r.choice, weights === "raw" ? 1 : r.weight, (x) => names.get(x) ?? x),
			weight: r.weight,
			...d.secret ? { receipt: r.receipt } : {},
			...r.reason && r.choice.vote === "block" ? { reason: r.reason } : {}
		}))
	};
}
/** BLT for the ranked methods (each ballot's weight as its count). */
async function publishedBlt(db, id, weights = "weighted") {
	const { decision: d } = await closedForPublication(db, id);
	if (d.ballotType !== "choice" || !RANKED_METHODS.includes(d.method)) throw new NotFound("publication_error_no_blt");
	const file = await publishedBallots(db, id, weights);
	return writeBlt({
		candidates: file.candidates ?? [],
		seats: 1,
		title: d.title.replace(/["\r\n]/g, "'"),
		ballots: file.ballots.map((b) => ({
			count: b.count,
			ranking: b.ranking
		}))
	});
}
/** Find one's own ballot by receipt after the close: what it counted as, nothing about who cast it. */
async function ballotByReceipt(db, id, code) {
	const { decision: d } = await closedForPublication(db, id);
	if (!d.secret) throw new NotFound("receipt_error_not_found");
	const normalised = code.trim().toUpperCase().replace(/[^0-9A-Z]/g, "").replace(/(.{4})(?=.)/g, "$1-");
	const options = await countOptions(db, id);
	const [row] = await db.select({
		choice: ballots.choice,
		weight: ballots.weight,
		supersededAt: ballots.supersededAt
	}).from(ballots).where(and(eq(ballots.decisionId, id), eq(ballots.receipt, normalised)));
	if (!row) throw new NotFound("receipt_error_not_found");
	return {
		receipt: normalised,
		choice: row.choice,
		weight: row.weight,
		counted: row.supersededAt === null,
		labels: Object.fromEntries(options.map((o) => [o.id, o.label]))
	};
}
export { publishedBallots as n, publishedBlt as r, ballotByReceipt as t };
