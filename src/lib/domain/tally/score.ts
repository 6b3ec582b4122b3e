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
import { addTotal, checkCount, checkSeats, fail } from './errors';
import { Rational } from './exact';
import { checkCandidates } from './ranked-profile';
import { reportBase } from './report';
import { groupByScore, selectTop, TieBreaker, toOrder } from './tie-break';
import type { CommonOptions, OrderEntry, ReportBase, ScoreInput } from './types';

export type BlankRule = 'zero' | 'ignore';

export interface ScoreOptions extends CommonOptions {
	/** Lowest score (default 0). */
	min?: number;
	/** Highest score (default 5). */
	max?: number;
	blank?: BlankRule;
}

export interface ScoreReport extends ReportBase {
	method: 'score';
	blank: BlankRule;
	range: [number, number];
	order: OrderEntry[];
	rounds: [];
	/** Sum of scores given (blanks counted as the minimum under 'zero'). */
	totals: Record<string, string>;
	/** Voters who scored the candidate (not blank). */
	scorers: Record<string, number>;
	/** Exact average over the scorers ("a/b"), under 'ignore'. */
	averages?: Record<string, string | null>;
}

export function countScore(input: ScoreInput, options: ScoreOptions = {}): ScoreReport {
	const names = checkCandidates(input.candidates);
	const n = names.length;
	const seats = checkSeats(options.seats ?? 1, n);
	const min = options.min ?? 0;
	const max = options.max ?? 5;
	if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min >= max)
		fail('min and max must be whole numbers with min < max', 'max');
	const blank = options.blank ?? 'zero';
	if (blank !== 'zero' && blank !== 'ignore')
		fail(`unknown blank rule "${String(blank)}" (use zero or ignore)`, 'blank');
	const ties = new TieBreaker(names, options);
	const index = new Map(names.map((name, i) => [name, i]));
	if (!Array.isArray(input.ballots)) fail('must be a list of ballots', 'ballots');

	// Exact sums in BigInt: counts × scores can pass 2^53.
	const sums = new Array<bigint>(n).fill(0n);
	const scorers = new Array<number>(n).fill(0);
	let total = 0;
	input.ballots.forEach((b, i) => {
		const where = `ballots[${i}]`;
		if (typeof b !== 'object' || b === null) fail('ballot must be an object', where);
		const count = checkCount(b.count, `${where}.count`);
		if (typeof b.scores !== 'object' || b.scores === null || Array.isArray(b.scores))
			fail('scores must be an object of candidate: score', `${where}.scores`);
		total = addTotal(total, count, where);
		const given = new Uint8Array(n);
		for (const [name, score] of Object.entries(b.scores)) {
			const c = index.get(name);
			if (c === undefined) fail(`unknown candidate ${JSON.stringify(name)}`, `${where}.scores`);
			if (score === null) continue;
			if (typeof score !== 'number' || !Number.isInteger(score) || score < min || score > max)
				fail(
					`score must be a whole number from ${min} to ${max}`,
					`${where}.scores[${JSON.stringify(name)}]`
				);
			given[c] = 1;
			sums[c] += BigInt(score) * BigInt(count);
			scorers[c] += count;
		}
		if (blank === 'zero')
			for (let c = 0; c < n; c++) if (!given[c]) sums[c] += BigInt(min) * BigInt(count);
	});

	const averages = sums.map((s, c) => (scorers[c] ? Rational.of(s, scorers[c]) : undefined));
	const groups =
		blank === 'zero'
			? groupByScore(
					n,
					(c) => sums[c],
					(a, b) => (a < b ? -1 : a > b ? 1 : 0)
				)
			: groupByScore(
					n,
					(c) => averages[c],
					(a, b) => (a === b ? 0 : !a ? -1 : !b ? 1 : a.cmp(b))
				);
	const winners = selectTop(groups, seats, ties);

	return {
		...reportBase(
			'score',
			seats,
			ties,
			total,
			winners.map((c) => names[c])
		),
		order: toOrder(groups, names),
		rounds: [],
		blank,
		range: [min, max],
		totals: Object.fromEntries(names.map((name, c) => [name, sums[c].toString()])),
		scorers: Object.fromEntries(names.map((name, c) => [name, scorers[c]])),
		...(blank === 'ignore'
			? {
					averages: Object.fromEntries(
						names.map((name, c) => [name, averages[c]?.toString() ?? null])
					)
				}
			: {})
	};
}
