/**
 * Pairwise preference counts d[a][b] = weight of ballots ranking a above b,
 * shared by Schulze and ranked pairs.
 */
import { fail } from './errors';
import { CANDIDATE_MASK, TIED, type RankedProfile } from './ranked-profile';

/**
 * 'last' (Debian, Constitution A.6): an unranked option is ranked equally
 * below every ranked option. 'ignore': a pair with an unranked option is not
 * counted at all (the "explicit ranking" variant).
 */
export type UnrankedRule = 'last' | 'ignore';

export function checkUnranked(rule: unknown): UnrankedRule {
	if (rule !== 'last' && rule !== 'ignore')
		fail(`unknown rule "${String(rule)}" (use last or ignore)`, 'unranked');
	return rule;
}

/** Returns d as a flat n×n array: d[a * n + b]. */
export function pairwiseMatrix(profile: RankedProfile, unranked: UnrankedRule): Float64Array {
	const n = profile.candidates.length;
	const d = new Float64Array(n * n);
	// beatsAll[c]: weight of ballots on which c beats every candidate not ranked
	// at or above it; the O(L²) corrections below make it exact, so a ballot
	// costs O(L²) instead of O(L·n).
	const beatsAll = new Float64Array(n);
	const { codes, offsets, weights } = profile;
	const last = unranked === 'last';
	// Local copies: imported bindings can cost a getter call per use in the hot loop.
	const tied = TIED;
	const mask = CANDIDATE_MASK;
	for (let b = 0; b < profile.size; b++) {
		const w = weights[b];
		const start = offsets[b];
		const end = offsets[b + 1];
		for (let i = start; i < end;) {
			// [i, j) is one rank (a tie group when longer than one).
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
	if (unranked === 'last')
		for (let a = 0; a < n; a++)
			for (let b = 0; b < n; b++) if (a !== b) d[a * n + b] += beatsAll[a];
	return d;
}

/** The matrix as nested records by candidate name, for reports. */
export function namedMatrix<T>(
	names: readonly string[],
	cell: (a: number, b: number) => T
): Record<string, Record<string, T>> {
	const out: Record<string, Record<string, T>> = {};
	names.forEach((na, a) => {
		const row: Record<string, T> = {};
		names.forEach((nb, b) => {
			if (a !== b) row[nb] = cell(a, b);
		});
		out[na] = row;
	});
	return out;
}

/** The Condorcet winner (beats every other candidate head-to-head), if any. */
export function condorcetWinner(d: Float64Array, n: number): number | undefined {
	for (let a = 0; a < n; a++) {
		let wins = true;
		for (let b = 0; b < n && wins; b++) if (a !== b && d[a * n + b] <= d[b * n + a]) wins = false;
		if (wins) return a;
	}
	return undefined;
}
