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
import { fail } from './errors';
import type { Rational } from './exact';
import { bigFixed, rationalArithmetic, type StvArithmetic } from './stv-arithmetic';
import { countWigm, type StvOptions, type WigmReport, type WigmRule } from './wigm';
import type { RankedInput } from './types';

export interface GregoryStvOptions extends StvOptions {
	/** Fixed-point decimals (truncation); omit for exact rationals. */
	decimals?: number;
}

export function countGregoryStv(input: RankedInput, options: GregoryStvOptions = {}): WigmReport {
	if (options.decimals === undefined) {
		const A = rationalArithmetic();
		return countWigm(exactRule(A), input, options);
	}
	if (!Number.isInteger(options.decimals)) fail('must be a whole number', 'decimals');
	const A = bigFixed(options.decimals);
	const rule: WigmRule<bigint> = {
		method: 'stv-gregory',
		arithmetic: A,
		quota: (valid, seats) => A.divInt(A.fromInt(valid), seats + 1) + A.epsilon,
		hasQuota: (vote, quota) => vote >= quota,
		transferLastExclusion: true
	};
	return countWigm(rule, input, options);
}

function exactRule(A: StvArithmetic<Rational>): WigmRule<Rational> {
	return {
		method: 'stv-gregory',
		arithmetic: A,
		quota: (valid, seats) => A.divInt(A.fromInt(valid), seats + 1),
		hasQuota: (vote, quota) => A.cmp(vote, quota) > 0,
		transferLastExclusion: true
	};
}
