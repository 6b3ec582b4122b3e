/**
 * Schulze method (beatpath), with Debian's semantics available:
 * unranked options ranked equally last, defeat strength by winning votes
 * with margins (fewer opposing votes) as the secondary key, and optionally
 * Debian's quorum and majority requirement against the default option
 * (Constitution A.6 steps 2–3, as used for the 2006/2007 DPL elections).
 */
import {
	checkStrength,
	compareDefeats,
	type Defeat,
	type StrengthMeasure
} from './condorcet-options';
import { fail } from './errors';
import { compareFractions, isqrt, roundedDecimal } from './exact';
import { checkUnranked, namedMatrix, pairwiseMatrix, type UnrankedRule } from './pairwise';
import { reportBase, setupRanked } from './report';
import { toOrder } from './tie-break';
import type { CommonOptions, Fraction, OrderEntry, RankedInput, ReportBase } from './types';

export interface DebianRules {
	/** The default option, e.g. "None Of The Above". */
	defaultOption: string;
	/**
	 * Quorum R: an option needs V(A, default) ≥ R. Either a number of votes
	 * (whole or a fraction) or Debian's rule R = multiplier·√developers / 2
	 * (multiplier 3 for a DPL election: 3Q with Q = √developers / 2).
	 */
	quorum?: number | Fraction | { developers: number; multiplier?: number };
	/** Majority ratio N: A is kept only if V(A,D) > N·V(D,A). Default 1. */
	majority?: number | Fraction;
}

export interface SchulzeOptions extends CommonOptions {
	strength?: StrengthMeasure;
	unranked?: UnrankedRule;
	debian?: DebianRules;
}

export interface DebianOptionCheck {
	for: number;
	against: number;
	/** V(A,D) / V(D,A), rounded to 3 decimals as Debian prints it ("inf" when nobody preferred the default). */
	ratio: string;
	meetsQuorum: boolean;
	meetsMajority: boolean;
}

export interface SchulzeReport extends ReportBase {
	method: 'schulze';
	strength: StrengthMeasure;
	unranked: UnrankedRule;
	order: OrderEntry[];
	rounds: [];
	/** pairwise[a][b]: weight of ballots ranking a above b. */
	pairwise: Record<string, Record<string, number>>;
	/** Weakest link of the strongest path from a to b (null: no path). */
	strongestPaths: Record<string, Record<string, Defeat | null>>;
	debian?: {
		defaultOption: string;
		quorum?: { required: string; rule: string };
		majority: string;
		options: Record<string, DebianOptionCheck>;
		dropped: string[];
	};
}

export function countSchulze(input: RankedInput, options: SchulzeOptions = {}): SchulzeReport {
	const { profile, names, seats, ties } = setupRanked(input, options, 'Schulze');
	const n = names.length;
	const strength = checkStrength(options.strength ?? 'winning-votes');
	const unranked = checkUnranked(options.unranked ?? 'last');
	const d = pairwiseMatrix(profile, unranked);

	let kept = names.map((_, i) => i);
	let debian: SchulzeReport['debian'];
	if (options.debian) {
		const res = applyDebianRules(options.debian, names, d);
		debian = res.report;
		kept = kept.filter((c) => !res.dropped.has(c));
	}

	const paths = strongestPaths(d, n, kept, strength);
	const beats = (x: number, y: number) =>
		compareDefeats(
			strength,
			paths.for[x * n + y],
			paths.against[x * n + y],
			paths.for[y * n + x],
			paths.against[y * n + x]
		) > 0;

	// The Schulze relation is transitive, so peeling off the unbeaten
	// candidates again and again yields the full order, ties grouped.
	const groups: number[][] = [];
	let remaining = kept;
	while (remaining.length) {
		const top = remaining.filter((x) => !remaining.some((y) => y !== x && beats(y, x)));
		groups.push(top);
		remaining = remaining.filter((x) => !top.includes(x));
	}
	const dropped = names.map((_, i) => i).filter((c) => !kept.includes(c));
	if (dropped.length) groups.push(dropped);
	const winner = ties.choose(groups[0], 'winner', true);

	return {
		...reportBase('schulze', seats, ties, profile.totalWeight, [names[winner]]),
		order: toOrder(groups, names),
		rounds: [],
		strength,
		unranked,
		pairwise: namedMatrix(names, (a, b) => d[a * n + b]),
		strongestPaths: namedMatrix(names, (a, b) =>
			paths.for[a * n + b] < 0
				? null
				: { for: paths.for[a * n + b], against: paths.against[a * n + b] }
		),
		...(debian ? { debian } : {})
	};
}

/** Floyd–Warshall widest paths over the defeats among `kept`; for = -1 means no path. */
function strongestPaths(
	d: Float64Array,
	n: number,
	kept: readonly number[],
	measure: StrengthMeasure
) {
	const pf = new Float64Array(n * n).fill(-1);
	const pa = new Float64Array(n * n).fill(-1);
	for (const a of kept)
		for (const b of kept)
			if (a !== b && d[a * n + b] > d[b * n + a]) {
				pf[a * n + b] = d[a * n + b];
				pa[a * n + b] = d[b * n + a];
			}
	const stronger = (i: number, j: number) =>
		compareDefeats(measure, pf[i], pa[i], pf[j], pa[j]) > 0;
	for (const i of kept)
		for (const j of kept) {
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
	return { for: pf, against: pa };
}

function applyDebianRules(rules: DebianRules, names: readonly string[], d: Float64Array) {
	const n = names.length;
	const def = names.indexOf(rules.defaultOption);
	if (def < 0)
		fail(`default option "${rules.defaultOption}" is not a candidate`, 'debian.defaultOption');
	const [mNum, mDen] = fractionParts(rules.majority ?? 1, 'debian.majority');
	const quorum = rules.quorum === undefined ? undefined : quorumRule(rules.quorum);
	const dropped = new Set<number>();
	const checks: Record<string, DebianOptionCheck> = {};
	for (let a = 0; a < n; a++) {
		if (a === def) continue;
		const f = d[a * n + def];
		const g = d[def * n + a];
		const meetsQuorum = quorum ? quorum.meets(f) : true;
		// V(A,D) > N·V(D,A) with N = mNum/mDen, compared exactly.
		const meetsMajority = compareFractions(f, 1, g * mNum, mDen) > 0;
		if (!meetsQuorum || !meetsMajority) dropped.add(a);
		checks[names[a]] = {
			for: f,
			against: g,
			ratio: g === 0 ? 'inf' : roundedDecimal(BigInt(f), BigInt(g), 3),
			meetsQuorum,
			meetsMajority
		};
	}
	return {
		dropped,
		report: {
			defaultOption: names[def],
			...(quorum ? { quorum: { required: quorum.required, rule: quorum.rule } } : {}),
			majority: mDen === 1 ? `${mNum}:1` : `${mNum}/${mDen}:1`,
			options: checks,
			dropped: [...dropped].map((c) => names[c])
		}
	};
}

function fractionParts(value: number | Fraction, where: string): [number, number] {
	if (typeof value === 'number') {
		if (!Number.isSafeInteger(value) || value < 0)
			fail('must be a whole number or a fraction', where);
		return [value, 1];
	}
	if (
		!Number.isSafeInteger(value?.numerator) ||
		!Number.isSafeInteger(value?.denominator) ||
		value.numerator < 0 ||
		value.denominator <= 0
	)
		fail('must be {numerator, denominator} with whole numbers', where);
	return [value.numerator, value.denominator];
}

function quorumRule(q: NonNullable<DebianRules['quorum']>): {
	meets: (v: number) => boolean;
	required: string;
	rule: string;
} {
	if (typeof q === 'object' && 'developers' in q) {
		const dev = q.developers;
		const m = q.multiplier ?? 3;
		if (!Number.isSafeInteger(dev) || dev < 0)
			fail('developers must be a whole number', 'debian.quorum.developers');
		if (!Number.isSafeInteger(m) || m < 0)
			fail('multiplier must be a whole number', 'debian.quorum.multiplier');
		// v ≥ m·√dev / 2  ⇔  4v² ≥ m²·dev: decided on integers, no square root.
		const scale = 10n ** 15n;
		const required = roundedDecimal(BigInt(m) * isqrt(BigInt(dev) * scale * scale), 2n * scale, 13);
		return {
			meets: (v) => 4n * BigInt(v) * BigInt(v) >= BigInt(m) * BigInt(m) * BigInt(dev),
			required,
			rule: `${m}·√${dev}/2`
		};
	}
	const [num, den] = fractionParts(q as number | Fraction, 'debian.quorum');
	return {
		meets: (v) => compareFractions(v, 1, num, den) >= 0,
		required: den === 1 ? String(num) : `${num}/${den}`,
		rule: 'votes preferring the option to the default'
	};
}
