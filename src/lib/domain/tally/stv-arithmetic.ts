/**
 * The arithmetics of the Gregory-family STV rules. Each is exact in its own
 * terms: the rule says where values are truncated, and nothing else rounds.
 */
import { fail } from './errors';
import { formatScaled, mulDivFloor, Rational } from './exact';

export interface StvArithmetic<T> {
	readonly zero: T;
	/** Value of a fresh ballot paper. */
	readonly one: T;
	fromInt(n: number): T;
	add(a: T, b: T): T;
	sub(a: T, b: T): T;
	/** A paper value times a whole number of papers. */
	times(a: T, count: number): T;
	cmp(a: T, b: T): number;
	/** New value of a paper worth `value` when `surplus` of `vote` is passed on. */
	transfer(value: T, surplus: T, vote: T): T;
	/** a / k for a whole k ≥ 1 (quota), rounded as the rule says. */
	divInt(a: T, k: number): T;
	/** The smallest positive value (0 for exact arithmetic). */
	readonly epsilon: T;
	format(a: T): string;
}

/**
 * Scaled integers held in doubles: values are whole numbers of 10^-d units,
 * exact while totals stay below 2^53 (checked by the caller); products that
 * could exceed it go through BigInt (mulDivFloor). Truncation toward zero.
 */
export function smallFixed(decimals: number): StvArithmetic<number> {
	const unit = 10 ** decimals;
	return {
		zero: 0,
		one: unit,
		epsilon: 1,
		fromInt: (n) => n * unit,
		add: (a, b) => a + b,
		sub: (a, b) => a - b,
		times: (a, k) => a * k,
		cmp: (a, b) => a - b,
		transfer: (value, surplus, vote) => mulDivFloor(value, surplus, vote),
		divInt: (a, k) => Math.floor(a / k),
		format: (a) => formatScaled(a, decimals)
	};
}

/** Largest total weight smallFixed(d) can hold exactly. */
export function smallFixedLimit(decimals: number): number {
	return Math.floor(Number.MAX_SAFE_INTEGER / 10 ** decimals);
}

/** Scaled BigInt fixed point with truncation, any number of decimals. */
export function bigFixed(decimals: number): StvArithmetic<bigint> {
	if (!Number.isInteger(decimals) || decimals < 0 || decimals > 100)
		fail('must be a whole number from 0 to 100', 'decimals');
	const unit = 10n ** BigInt(decimals);
	return {
		zero: 0n,
		one: unit,
		epsilon: 1n,
		fromInt: (n) => BigInt(n) * unit,
		add: (a, b) => a + b,
		sub: (a, b) => a - b,
		times: (a, k) => a * BigInt(k),
		cmp: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
		transfer: (value, surplus, vote) => (value * surplus) / vote,
		divInt: (a, k) => a / BigInt(k),
		format: (a) => formatScaled(a, decimals)
	};
}

/** Exact rationals; reports show 12 decimals (truncated), as droop prints them. */
export function rationalArithmetic(shownDecimals = 12): StvArithmetic<Rational> {
	return {
		zero: Rational.ZERO,
		one: Rational.ONE,
		epsilon: Rational.ZERO,
		fromInt: (n) => Rational.of(n),
		add: (a, b) => a.add(b),
		sub: (a, b) => a.sub(b),
		times: (a, k) => a.mulInt(k),
		cmp: (a, b) => a.cmp(b),
		transfer: (value, surplus, vote) => value.mul(surplus).div(vote),
		divInt: (a, k) => Rational.of(a.num, a.den * BigInt(k)),
		format: (a) => a.toDecimal(shownDecimals)
	};
}
