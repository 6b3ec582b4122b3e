/**
 * Reading an election ballot form. Ranked: a number in `rank-<candidacy>` for each candidate the
 * voter ranks (1 is first; blanks are unranked; each number once). Yes/no: `yn-<candidacy>` is
 * `yes`, `no` or blank. Anything else is refused with the field it is about, so junk changes
 * nothing.
 */
import type { ElectionChoice, ElectionMethod, YesNoChoice } from './types';

export type BallotReading =
	{ ok: true; choice: ElectionChoice } | { ok: false; field: string; key: string };

export function readElectionBallot(
	method: ElectionMethod,
	candidates: readonly string[],
	values: Record<string, unknown>
): BallotReading {
	const known = new Set(candidates);
	const prefix = method === 'yes-no' ? 'yn-' : 'rank-';
	for (const key of Object.keys(values))
		if (key.startsWith('rank-') || key.startsWith('yn-')) {
			const id = key.slice(key.indexOf('-') + 1);
			if (!key.startsWith(prefix) || !known.has(id))
				return { ok: false, field: '_', key: 'election_error_unknown_candidate' };
		}
	if (method === 'yes-no') {
		const yesNo: YesNoChoice = {};
		for (const c of candidates) {
			const v = values[`yn-${c}`];
			if (v === undefined || v === '') continue;
			if (v !== 'yes' && v !== 'no')
				return { ok: false, field: `yn-${c}`, key: 'error_invalid_value' };
			yesNo[c] = v;
		}
		if (!Object.keys(yesNo).length) return { ok: false, field: '_', key: 'election_error_empty' };
		return { ok: true, choice: { yesNo } };
	}
	const ranks: [number, string][] = [];
	for (const c of candidates) {
		const v = values[`rank-${c}`];
		if (v === undefined || v === '') continue;
		const n = typeof v === 'string' && /^\d{1,3}$/.test(v) ? Number(v) : NaN;
		if (!Number.isInteger(n) || n < 1 || n > candidates.length)
			return { ok: false, field: `rank-${c}`, key: 'election_error_rank_range' };
		if (ranks.some(([r]) => r === n))
			return { ok: false, field: `rank-${c}`, key: 'election_error_rank_twice' };
		ranks.push([n, c]);
	}
	if (!ranks.length) return { ok: false, field: '_', key: 'election_error_empty' };
	// Gaps are closed up (1, 3 reads as 1, 2): the order is what counts.
	ranks.sort((a, b) => a[0] - b[0]);
	return { ok: true, choice: { ranking: ranks.map(([, c]) => c) } };
}
