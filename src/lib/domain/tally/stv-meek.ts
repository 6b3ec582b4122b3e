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
import { fail } from './errors';
import { formatScaled } from './exact';
import { checkOvervote, RankWalker, type RankedProfile } from './ranked-profile';
import { reportBase, setupRanked } from './report';
import type { RankedInput, ReportBase } from './types';
import type { StvOptions } from './wigm';

export interface MeekOptions extends StvOptions {
	/** Decimal places of the fixed-point arithmetic (default 24, at least 6). */
	decimals?: number;
	/** Iteration ends when the total surplus is at most 10^-omega (default 10, or 2/3 of the decimals if fewer). */
	omega?: number;
	/** 'safe' (default) defeats all certain losers at once; 'none' one at a time. */
	batchDefeat?: 'safe' | 'none';
}

export type MeekRoundStatus =
	'first-preferences' | 'elected' | 'omega' | 'stable' | 'batch' | 'remaining';

export interface MeekRound {
	round: number;
	/** Why the round ended (the iteration's stopping reason). */
	status: MeekRoundStatus;
	iterations: number;
	quota: string;
	/** Votes of hopeful and elected candidates at the end of the round's iteration. */
	votes: Record<string, string>;
	/** Keep factors of the elected candidates. */
	keepFactors: Record<string, string>;
	surplus: string;
	exhausted: string;
	lostToRounding: string;
	elected: string[];
	defeated: string[];
}

export interface MeekReport extends ReportBase {
	method: 'stv-meek';
	decimals: number;
	omega: string;
	overvote: 'exhaust' | 'skip';
	/** Quota when the count ended. */
	quota: string;
	rounds: MeekRound[];
}

const HOPEFUL = 0;
const ELECTED = 1;
const DEFEATED = 2;

export function countMeekStv(input: RankedInput, options: MeekOptions = {}): MeekReport {
	const { profile, names, seats, ties } = setupRanked(input, options);
	const overvote = checkOvervote(options.overvote ?? 'exhaust');
	const decimals = options.decimals ?? 24;
	if (!Number.isInteger(decimals) || decimals < 6 || decimals > 100)
		fail('must be a whole number from 6 to 100', 'decimals');
	const omega10 = options.omega ?? Math.min(10, Math.floor((decimals * 2) / 3));
	if (!Number.isInteger(omega10) || omega10 < 1 || omega10 > decimals)
		fail(`must be a whole number from 1 to ${decimals}`, 'omega');
	const batchMode = options.batchDefeat ?? 'safe';
	if (batchMode !== 'safe' && batchMode !== 'none') fail('must be safe or none', 'batchDefeat');

	const S = 10n ** BigInt(decimals);
	const omega = 10n ** BigInt(decimals - omega10);
	const total = BigInt(profile.totalWeight) * S;
	const fmt = (v: bigint) => formatScaled(v, decimals);

	const status = new Uint8Array(names.length);
	const kf: bigint[] = names.map(() => S);
	const tree = new PathTree(profile, overvote);
	let votes: bigint[] = [];
	let exhausted = 0n;
	let lost = 0n;
	let quota = 0n;
	let surplus = 0n;
	const elected: number[] = [];
	const rounds: MeekRound[] = [];
	const history: bigint[][] = [];
	const seatsLeft = () => seats - elected.length;
	const inState = (s: number) => names.map((_, c) => c).filter((c) => status[c] === s);

	const distribute = () => {
		({ votes, exhausted, lost } = tree.distribute(status, kf, S));
		const held = total - exhausted - lost;
		quota = held / BigInt(seats + 1) + 1n;
	};
	const record = (
		st: MeekRoundStatus,
		iterations: number,
		newlyElected: number[],
		defeated: number[]
	) => {
		rounds.push({
			round: rounds.length,
			status: st,
			iterations,
			quota: fmt(quota),
			votes: Object.fromEntries(
				names.flatMap((name, c) =>
					status[c] === DEFEATED && !defeated.includes(c) ? [] : [[name, fmt(votes[c])]]
				)
			),
			keepFactors: Object.fromEntries(elected.map((c) => [names[c], fmt(kf[c])])),
			surplus: fmt(surplus),
			exhausted: fmt(exhausted),
			lostToRounding: fmt(lost),
			elected: newlyElected.map((c) => names[c]),
			defeated: defeated.map((c) => names[c])
		});
		history.push([...votes]);
	};
	const electAll = (cands: number[]) => {
		cands.sort((a, b) => cmp(votes[b], votes[a]) || a - b);
		for (const c of cands) {
			status[c] = ELECTED;
			elected.push(c);
		}
		return cands;
	};
	const defeat = (cands: number[]) => {
		for (const c of cands) {
			status[c] = DEFEATED;
			kf[c] = 0n;
		}
		tree.rebuild(status);
		return cands.sort((a, b) => a - b);
	};

	tree.rebuild(status);
	distribute();
	record('first-preferences', 0, [], []);

	while (seatsLeft() > 0 && inState(HOPEFUL).length > seatsLeft()) {
		// Iterate until a candidate is elected, the surplus is small enough or
		// stops falling, or certain losers appear.
		let lastSurplus = total;
		let iterations = 0;
		let outcome: MeekRoundStatus;
		let batch: number[] = [];
		for (;;) {
			iterations++;
			distribute();
			const reached = inState(HOPEFUL).filter((c) => votes[c] >= quota);
			surplus = 0n;
			for (const c of elected) surplus += votes[c] - quota;
			if (reached.length) {
				// Elected candidates' keep factors are still 1 here; tree paths
				// must now continue past them.
				const newly = electAll(reached);
				surplus = 0n;
				for (const c of elected) surplus += votes[c] - quota;
				record('elected', iterations, newly, []);
				tree.rebuild(status);
				outcome = 'elected';
				break;
			}
			if (surplus <= omega) {
				outcome = 'omega';
				break;
			}
			if (surplus >= lastSurplus) {
				outcome = 'stable';
				break;
			}
			if (batchMode === 'safe')
				batch = certainLosers(inState(HOPEFUL), votes, surplus, seatsLeft());
			if (batch.length) {
				outcome = 'batch';
				break;
			}
			lastSurplus = surplus;
			for (const c of elected) kf[c] = ceilDiv(ceilDiv(kf[c] * quota, S) * S, votes[c]);
		}
		if (outcome === 'elected') continue;
		if (outcome === 'batch') {
			record('batch', iterations, [], defeat(batch));
			continue;
		}
		const hopeful = inState(HOPEFUL);
		let low = votes[hopeful[0]];
		for (const c of hopeful) if (votes[c] < low) low = votes[c];
		const tied = hopeful.filter((c) => votes[c] <= low + surplus);
		const loser = ties.chooseByHistory(tied, history, cmp, 'lowest', 'exclude', rounds.length);
		record(outcome, iterations, [], defeat([loser]));
	}

	const remaining = inState(HOPEFUL);
	if (remaining.length) {
		// The loop stops when the hopefuls fit the seats left (all elected)
		// or no seat is left (all defeated).
		const newly = seatsLeft() > 0 ? electAll(remaining) : [];
		if (!newly.length) defeat(remaining);
		else tree.rebuild(status);
		// Final distribution for the report, with the last quota kept (droop).
		const keptQuota = quota;
		distribute();
		quota = keptQuota;
		record('remaining', 0, newly, newly.length ? [] : remaining);
	}

	return {
		...reportBase(
			'stv-meek',
			seats,
			ties,
			profile.totalWeight,
			elected.map((c) => names[c])
		),
		rounds,
		decimals,
		omega: `1e-${omega10}`,
		overvote,
		quota: fmt(quota)
	};
}

function cmp(a: bigint, b: bigint): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function ceilDiv(a: bigint, b: bigint): bigint {
	return (a + b - 1n) / b;
}

/**
 * droop's "safe" batch: group hopefuls by vote (candidates within `surplus`
 * of a group's lowest join it), then take the largest run of lowest groups
 * whose votes plus the surplus stay below the next group, leaving enough
 * candidates to fill the seats and never splitting a group.
 */
function certainLosers(
	hopeful: number[],
	votes: bigint[],
	surplus: bigint,
	seatsLeft: number
): number[] {
	const sorted = [...hopeful].sort((a, b) => cmp(votes[a], votes[b]) || a - b);
	const groups: number[][] = [];
	let group: number[] = [];
	let base = 0n;
	for (const c of sorted) {
		if (base + surplus >= votes[c]) group.push(c);
		else {
			if (group.length) groups.push(group);
			group = [c];
			base = votes[c];
		}
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
class PathTree {
	private readonly profile: RankedProfile;
	private readonly walker: RankWalker;
	private cand: Int32Array = new Int32Array(0);
	private parent: Int32Array = new Int32Array(0);
	/** Weight of ballots passing through each node. */
	private through: bigint[] = [];
	/** Weight of ballots whose path ends at an elected node (they exhaust there). */
	private ending: bigint[] = [];
	private emptyWeight = 0n;

	constructor(profile: RankedProfile, overvote: 'exhaust' | 'skip') {
		this.profile = profile;
		this.walker = new RankWalker(profile, overvote);
	}

	rebuild(status: Uint8Array): void {
		const { offsets, weights, size } = this.profile;
		const live = Uint8Array.from(status, (s) => (s === DEFEATED ? 0 : 1));
		const n = status.length;
		const index = new Map<number, number>();
		const cand: number[] = [];
		const parent: number[] = [];
		const through: number[] = [];
		const ending: number[] = [];
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
				if (child === undefined) {
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

	distribute(
		status: Uint8Array,
		kf: bigint[],
		S: bigint
	): { votes: bigint[]; exhausted: bigint; lost: bigint } {
		const votes: bigint[] = Array.from(status, () => 0n);
		const { cand, parent, through, ending } = this;
		const pass: bigint[] = new Array(cand.length);
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
			const keep = (w * k) / S;
			const rest = (w * (S - k)) / S;
			votes[c] += keep * through[i];
			const drop = w - keep - rest;
			if (drop) lost += drop * through[i];
			pass[i] = rest;
			if (ending[i]) exhausted += rest * ending[i];
		}
		return { votes, exhausted, lost };
	}
}
