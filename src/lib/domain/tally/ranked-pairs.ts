/**
 * Ranked pairs (Tideman): majorities are locked in from strongest to
 * weakest, skipping any that would close a cycle. Pairs of equal strength
 * are ordered by a tie-breaking ranking of the candidates (TBRC, Zavist &
 * Tideman): the pair whose winner ranks higher in the TBRC first, then the
 * one whose loser ranks lower. The TBRC is the candidate list order or a
 * seeded random permutation, per the tie-break rule.
 */
import { checkStrength, compareDefeats, type StrengthMeasure } from './condorcet-options';
import { checkUnranked, namedMatrix, pairwiseMatrix, type UnrankedRule } from './pairwise';
import { reportBase, setupRanked } from './report';
import { toOrder } from './tie-break';
import type { CommonOptions, OrderEntry, RankedInput, ReportBase } from './types';

export interface RankedPairsOptions extends CommonOptions {
	strength?: StrengthMeasure;
	unranked?: UnrankedRule;
}

export interface LockedPair {
	winner: string;
	loser: string;
	for: number;
	against: number;
	/** false when locking it would have created a cycle. */
	locked: boolean;
}

export interface RankedPairsReport extends ReportBase {
	method: 'ranked-pairs';
	strength: StrengthMeasure;
	unranked: UnrankedRule;
	order: OrderEntry[];
	rounds: [];
	pairwise: Record<string, Record<string, number>>;
	/** Majorities in the order they were considered. */
	pairs: LockedPair[];
}

export function countRankedPairs(
	input: RankedInput,
	options: RankedPairsOptions = {}
): RankedPairsReport {
	const { profile, names, seats, ties } = setupRanked(input, options, 'ranked pairs');
	const n = names.length;
	const strength = checkStrength(options.strength ?? 'winning-votes');
	const unranked = checkUnranked(options.unranked ?? 'last');
	const d = pairwiseMatrix(profile, unranked);

	const majorities: [number, number][] = [];
	for (let a = 0; a < n; a++)
		for (let b = 0; b < n; b++) if (d[a * n + b] > d[b * n + a]) majorities.push([a, b]);
	const cmpStrength = ([a, b]: [number, number], [c, e]: [number, number]) =>
		compareDefeats(strength, d[c * n + e], d[e * n + c], d[a * n + b], d[b * n + a]);
	majorities.sort(cmpStrength);

	// Only draw a TBRC when pairs of equal strength actually occur.
	const tiedPairs = majorities.some((p, i) => i > 0 && cmpStrength(majorities[i - 1], p) === 0);
	if (tiedPairs) {
		const involved = [
			...new Set(
				majorities.flatMap((p, i) =>
					(i > 0 && cmpStrength(majorities[i - 1], p) === 0) ||
					(i + 1 < majorities.length && cmpStrength(p, majorities[i + 1]) === 0)
						? p
						: []
				)
			)
		];
		const tbrc = ties.orderAll(
			names.map((_, i) => i),
			involved,
			'pair-order'
		);
		const rank = new Int32Array(n);
		tbrc.forEach((c, i) => (rank[c] = i));
		majorities.sort(
			(p, q) => cmpStrength(p, q) || rank[p[0]] - rank[q[0]] || rank[q[1]] - rank[p[1]]
		);
	}

	const edges = Array.from({ length: n }, () => [] as number[]);
	const reaches = (from: number, to: number): boolean => {
		const seen = new Uint8Array(n);
		const stack = [from];
		while (stack.length) {
			const x = stack.pop()!;
			if (x === to) return true;
			if (seen[x]) continue;
			seen[x] = 1;
			stack.push(...edges[x]);
		}
		return false;
	};
	const pairs: LockedPair[] = majorities.map(([a, b]) => {
		const locked = !reaches(b, a);
		if (locked) edges[a].push(b);
		return { winner: names[a], loser: names[b], for: d[a * n + b], against: d[b * n + a], locked };
	});

	// Order: peel off the candidates with no locked defeat among those left.
	const groups: number[][] = [];
	let remaining = names.map((_, i) => i);
	while (remaining.length) {
		const set = new Set(remaining);
		const beaten = new Set(remaining.flatMap((a) => edges[a].filter((b) => set.has(b))));
		const top = remaining.filter((c) => !beaten.has(c));
		groups.push(top);
		remaining = remaining.filter((c) => beaten.has(c));
	}
	const winner = ties.choose(groups[0], 'winner', true);

	return {
		...reportBase('ranked-pairs', seats, ties, profile.totalWeight, [names[winner]]),
		order: toOrder(groups, names),
		rounds: [],
		strength,
		unranked,
		pairwise: namedMatrix(names, (a, b) => d[a * n + b]),
		pairs
	};
}
