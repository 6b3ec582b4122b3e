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
import { fail } from './errors';
import { Rational } from './exact';
import { CANDIDATE_MASK, TIED } from './ranked-profile';
import { reportBase, setupRanked } from './report';
import { groupByScore, selectTop, toOrder } from './tie-break';
import type { CommonOptions, OrderEntry, RankedInput, ReportBase } from './types';

export type BordaVariant = 'standard' | 'modified' | 'dowdall';

export interface BordaOptions extends CommonOptions {
	variant?: BordaVariant;
	unranked?: 'zero' | 'share';
}

export interface BordaReport extends ReportBase {
	method: 'borda';
	variant: BordaVariant;
	unranked: 'zero' | 'share';
	order: OrderEntry[];
	rounds: [];
	/** Points per candidate, exact ("a/b" or whole). */
	points: Record<string, string>;
}

export function countBorda(input: RankedInput, options: BordaOptions = {}): BordaReport {
	const { profile, names, seats, ties } = setupRanked(input, options);
	const n = names.length;
	const variant = options.variant ?? 'standard';
	if (variant !== 'standard' && variant !== 'modified' && variant !== 'dowdall')
		fail(`unknown variant "${String(variant)}" (use standard, modified or dowdall)`, 'variant');
	const unranked = options.unranked ?? 'zero';
	if (unranked !== 'zero' && unranked !== 'share')
		fail(`unknown rule "${String(unranked)}" (use zero or share)`, 'unranked');

	const pointsAt = (p: number, ranked: number): Rational =>
		variant === 'standard'
			? Rational.of(n - 1 - p)
			: variant === 'modified'
				? Rational.of(p < ranked ? ranked - p : 0)
				: Rational.of(1, p + 1);
	/** Equal share of the points of positions [from, to). */
	const share = (from: number, to: number, ranked: number): Rational => {
		let sum = Rational.ZERO;
		for (let p = from; p < to; p++) sum = sum.add(pointsAt(p, ranked));
		return Rational.of(sum.num, sum.den * BigInt(to - from));
	};

	const points: Rational[] = names.map(() => Rational.ZERO);
	const { codes, offsets, weights } = profile;
	const seen = new Uint8Array(n);
	for (let b = 0; b < profile.size; b++) {
		const start = offsets[b];
		const end = offsets[b + 1];
		const ranked = end - start;
		seen.fill(0);
		for (let i = start; i < end;) {
			let j = i + 1;
			while (j < end && codes[j] & TIED) j++;
			const each = share(i - start, j - start, ranked).mulInt(weights[b]);
			for (let k = i; k < j; k++) {
				const c = codes[k] & CANDIDATE_MASK;
				seen[c] = 1;
				points[c] = points[c].add(each);
			}
			i = j;
		}
		if (unranked === 'share' && ranked < n && variant !== 'modified') {
			const each = share(ranked, n, ranked).mulInt(weights[b]);
			for (let c = 0; c < n; c++) if (!seen[c]) points[c] = points[c].add(each);
		}
	}

	const groups = groupByScore(
		n,
		(c) => points[c],
		(a, b) => a.cmp(b)
	);
	const winners = selectTop(groups, seats, ties);
	return {
		...reportBase(
			'borda',
			seats,
			ties,
			profile.totalWeight,
			winners.map((c) => names[c])
		),
		order: toOrder(groups, names),
		rounds: [],
		variant,
		unranked,
		points: Object.fromEntries(names.map((name, c) => [name, points[c].toString()]))
	};
}
