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
import { addTotal, checkCount, checkSeats, fail } from './errors';
import { Rational } from './exact';
import { checkCandidates } from './ranked-profile';
import { reportBase } from './report';
import { groupByScore, selectTop, TieBreaker, toOrder } from './tie-break';
import type { ApprovalInput, CommonOptions, OrderEntry, ReportBase } from './types';

export type ApprovalRule = 'av' | 'pav' | 'seq-pav';

export interface ApprovalOptions extends CommonOptions {
	rule?: ApprovalRule;
	/** Cap on committees examined by exact PAV (default 2,000,000). */
	maxCommittees?: number;
}

export interface ApprovalRound {
	round: number;
	/** Marginal PAV gain of each candidate still out (exact, "a/b"). */
	gains: Record<string, string>;
	elected: string;
}

export interface ApprovalReport extends ReportBase {
	method: 'approval';
	rule: ApprovalRule;
	/** Approvals per candidate. */
	approvals: Record<string, number>;
	order: OrderEntry[];
	rounds: ApprovalRound[];
	/** PAV score of the winning committee (exact). */
	pavScore?: string;
	/** When several committees tie, all of them (at most 100), in candidate order. */
	tiedCommittees?: string[][];
}

interface Grouped {
	names: string[];
	/** Approval sets as lists of candidate indices, identical sets merged. */
	sets: number[][];
	counts: number[];
	total: number;
}

function groupApprovals(input: ApprovalInput): Grouped {
	const names = checkCandidates(input.candidates);
	const index = new Map(names.map((n, i) => [n, i]));
	if (!Array.isArray(input.ballots)) fail('must be a list of ballots', 'ballots');
	const byKey = new Map<string, number>();
	const sets: number[][] = [];
	const counts: number[] = [];
	let total = 0;
	input.ballots.forEach((b, i) => {
		const where = `ballots[${i}]`;
		if (typeof b !== 'object' || b === null) fail('ballot must be an object', where);
		const count = checkCount(b.count, `${where}.count`);
		if (!Array.isArray(b.approve))
			fail('approve must be a list of candidate names', `${where}.approve`);
		const set = new Set<number>();
		b.approve.forEach((name: unknown, k: number) => {
			const c = typeof name === 'string' ? index.get(name) : undefined;
			if (c === undefined)
				fail(`unknown candidate ${JSON.stringify(name)}`, `${where}.approve[${k}]`);
			if (set.has(c)) fail(`candidate "${name}" approved twice`, `${where}.approve[${k}]`);
			set.add(c);
		});
		total = addTotal(total, count, where);
		const sorted = [...set].sort((x, y) => x - y);
		const key = sorted.join(',');
		const found = byKey.get(key);
		if (found !== undefined) counts[found] += count;
		else {
			byKey.set(key, sets.length);
			sets.push(sorted);
			counts.push(count);
		}
	});
	return { names, sets, counts, total };
}

export function countApproval(input: ApprovalInput, options: ApprovalOptions = {}): ApprovalReport {
	const g = groupApprovals(input);
	const { names } = g;
	const n = names.length;
	const seats = checkSeats(options.seats ?? 1, n);
	const rule = options.rule ?? 'av';
	if (rule !== 'av' && rule !== 'pav' && rule !== 'seq-pav')
		fail(`unknown rule "${String(rule)}" (use av, pav or seq-pav)`, 'rule');
	const ties = new TieBreaker(names, options);
	const approvals = new Array<number>(n).fill(0);
	g.sets.forEach((set, i) => set.forEach((c) => (approvals[c] += g.counts[i])));
	const groups = groupByScore(
		n,
		(c) => approvals[c],
		(a, b) => a - b
	);

	let winners: number[];
	let rounds: ApprovalRound[] = [];
	let tiedCommittees: number[][] | undefined;
	let pavScore: string | undefined;
	if (rule === 'av') {
		winners = selectTop(groups, seats, ties);
		tiedCommittees = avTiedCommittees(groups, seats);
	} else if (rule === 'pav') {
		({ winners, tiedCommittees } = optimalPav(g, seats, ties, options.maxCommittees ?? 2_000_000));
	} else {
		({ winners, rounds } = sequentialPav(g, seats, ties));
	}
	if (rule !== 'av') pavScore = pavScoreOf(g, winners, seats).toString();

	return {
		...reportBase(
			'approval',
			seats,
			ties,
			g.total,
			winners.map((c) => names[c])
		),
		order: toOrder(groups, names),
		rounds,
		rule,
		approvals: Object.fromEntries(names.map((name, c) => [name, approvals[c]])),
		...(pavScore !== undefined ? { pavScore } : {}),
		...(tiedCommittees && tiedCommittees.length > 1
			? {
					tiedCommittees: tiedCommittees
						.slice(0, 100)
						.map((w) => [...w].sort((a, b) => a - b).map((c) => names[c]))
				}
			: {})
	};
}

/** All AV committees: the sure part plus each choice from the group cut by the last seat. */
function avTiedCommittees(groups: number[][], seats: number): number[][] {
	const sure: number[] = [];
	for (const grp of groups) {
		const need = seats - sure.length;
		if (need <= 0) break;
		if (grp.length <= need) sure.push(...grp);
		else return combinations(grp, need, 101).map((pick) => [...sure, ...pick]);
	}
	return [sure];
}

/** Calls visit on each k-subset of pool (in lexicographic order) until it returns false. */
function forEachCombination(
	pool: number[],
	k: number,
	visit: (pick: number[]) => boolean | void
): void {
	const pick: number[] = [];
	let stop = false;
	const rec = (from: number) => {
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

function combinations(pool: number[], k: number, limit: number): number[][] {
	const out: number[][] = [];
	forEachCombination(pool, k, (pick) => {
		out.push([...pick]);
		return out.length < limit;
	});
	return out;
}

function lcmUpTo(k: number): bigint {
	const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
	let l = 1n;
	for (let j = 2n; j <= BigInt(k); j++) l = (l * j) / gcd(l, j);
	return l;
}

/** PAV score Σ count · H(|A∩W|), exact. */
function pavScoreOf(g: Grouped, committee: number[], seats: number): Rational {
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

function optimalPav(g: Grouped, seats: number, ties: TieBreaker, maxCommittees: number) {
	const n = g.names.length;
	if (n > 30) fail('exact PAV supports at most 30 candidates; use rule seq-pav', 'rule');
	let committees = 1;
	for (let i = 0; i < seats; i++) committees = (committees * (n - i)) / (i + 1);
	if (committees > maxCommittees)
		fail(`exact PAV would examine ${Math.round(committees)} committees; use rule seq-pav`, 'rule');
	const L = lcmUpTo(seats);
	// harmonic[j] = L · H(j), an integer.
	const harmonic: bigint[] = [0n];
	for (let j = 1; j <= seats; j++) harmonic.push(harmonic[j - 1] + L / BigInt(j));
	const masks = g.sets.map((set) => set.reduce((m, c) => m | (1 << c), 0));
	const counts = g.counts.map(BigInt);
	let best = -1n;
	let bestCommittees: number[][] = [];
	forEachCombination(
		g.names.map((_, i) => i),
		seats,
		(w) => {
			const wm = w.reduce((m, c) => m | (1 << c), 0);
			let score = 0n;
			for (let i = 0; i < masks.length; i++) score += harmonic[popcount(masks[i] & wm)] * counts[i];
			if (score > best) {
				best = score;
				bestCommittees = [[...w]];
			} else if (score === best) bestCommittees.push([...w]);
		}
	);
	let winners = bestCommittees[0];
	if (bestCommittees.length > 1) {
		// Ties between committees: the lot draws one committee; candidate order takes the first in candidate order.
		const inAll = bestCommittees[0].filter((c) => bestCommittees.every((w) => w.includes(c)));
		const involved = [...new Set(bestCommittees.flat())]
			.filter((c) => !inAll.includes(c))
			.sort((a, b) => a - b);
		const pickIndex = ties.chooseMany(
			bestCommittees.map((_, i) => i),
			1,
			'committee',
			true
		)[0];
		winners = bestCommittees[pickIndex];
		const rec = ties.ties[ties.ties.length - 1];
		rec.tied = involved.map((c) => g.names[c]);
		rec.chosen = winners.filter((c) => involved.includes(c)).map((c) => g.names[c]);
	}
	return { winners, tiedCommittees: bestCommittees };
}

function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function sequentialPav(g: Grouped, seats: number, ties: TieBreaker) {
	const n = g.names.length;
	const L = lcmUpTo(seats);
	const chosen: number[] = [];
	const inW = new Uint8Array(n);
	const rounds: ApprovalRound[] = [];
	for (let round = 1; round <= seats; round++) {
		const gain = new Array<bigint>(n).fill(0n);
		g.sets.forEach((set, i) => {
			let have = 0;
			for (const c of set) if (inW[c]) have++;
			const add = (L / BigInt(have + 1)) * BigInt(g.counts[i]);
			for (const c of set) if (!inW[c]) gain[c] += add;
		});
		const out = g.names.map((_, c) => c).filter((c) => !inW[c]);
		let top = gain[out[0]];
		for (const c of out) if (gain[c] > top) top = gain[c];
		const c = ties.choose(
			out.filter((x) => gain[x] === top),
			'seat',
			true,
			round
		);
		inW[c] = 1;
		chosen.push(c);
		rounds.push({
			round,
			gains: Object.fromEntries(out.map((x) => [g.names[x], Rational.of(gain[x], L).toString()])),
			elected: g.names[c]
		});
	}
	return { winners: chosen, rounds };
}
