/**
 * What threshold and consent votes share: an exact threshold over a stated
 * base, and a quorum. Every comparison is done on integers (BigInt), so
 * "at least 2/3" means exactly that.
 */
import { addTotal, checkCount, fail } from './errors';
import { Rational } from './exact';
import type { Fraction } from './types';

/**
 * The base the threshold is taken of: votes cast without abstentions
 * ('cast'), votes cast with abstentions, members present, or all eligible.
 */
export type MotionBase = 'cast' | 'cast-with-abstentions' | 'present' | 'eligible';

export interface Threshold extends Fraction {
	/** true: "at least" the fraction; false (default): "more than". */
	inclusive?: boolean;
}

export interface MotionRules {
	/** Default: more than 1/2. */
	threshold?: Threshold;
	/** Default: 'cast'. */
	base?: MotionBase;
	/** Members present (needed for base 'present'). */
	present?: number;
	/** Members eligible to vote (needed for base 'eligible' and a fractional quorum). */
	eligible?: number;
	/**
	 * Minimum turnout (ballots cast, abstentions included): a number of
	 * ballots, or a fraction of the eligible members (reached at equality).
	 */
	quorum?: { count: number } | Fraction;
}

export type MotionOutcome = 'passes' | 'fails' | 'no-quorum';

export interface MotionFigures {
	outcome: MotionOutcome;
	/** e.g. "more than 1/2 of votes cast (abstentions excluded)". */
	rule: string;
	base: MotionBase;
	baseVotes: number;
	/** Smallest number of votes in favour that passes. */
	required: number;
	inFavour: number;
	turnout: number;
	quorum?: { required: number; reached: boolean };
}

const BASE_TEXT: Record<MotionBase, string> = {
	cast: 'votes cast (abstentions excluded)',
	'cast-with-abstentions': 'votes cast (abstentions included)',
	present: 'members present',
	eligible: 'eligible members'
};

/** Tallies choice ballots: checks each count and choice, sums per choice. */
export function tallyChoices<C extends string>(
	ballots: unknown,
	choices: readonly C[]
): Record<C, number> {
	if (!Array.isArray(ballots)) fail('must be a list of ballots', 'ballots');
	const tally = Object.fromEntries(choices.map((c) => [c, 0])) as Record<C, number>;
	let total = 0;
	ballots.forEach((b: { count?: unknown; choice?: unknown }, i) => {
		const where = `ballots[${i}]`;
		if (typeof b !== 'object' || b === null) fail('ballot must be an object', where);
		const count = checkCount(b.count, `${where}.count`);
		if (!choices.includes(b.choice as C))
			fail(`choice must be one of ${choices.join(', ')}`, `${where}.choice`);
		total = addTotal(total, count, where);
		tally[b.choice as C] += count;
	});
	return tally;
}

function wholeNumber(v: unknown, where: string): number {
	if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
		fail('must be a whole number', where);
	return v;
}

export function evaluateMotion(
	rules: MotionRules,
	inFavour: number,
	against: number,
	abstain: number
): MotionFigures {
	const t = rules.threshold ?? { numerator: 1, denominator: 2, inclusive: false };
	const num = wholeNumber(t.numerator, 'threshold.numerator');
	const den = wholeNumber(t.denominator, 'threshold.denominator');
	if (den === 0 || num > den) fail('must be a fraction from 0 to 1', 'threshold');
	const inclusive = t.inclusive ?? false;
	const base = rules.base ?? 'cast';
	const turnout = inFavour + against + abstain;
	const present = rules.present === undefined ? undefined : wholeNumber(rules.present, 'present');
	const eligible =
		rules.eligible === undefined ? undefined : wholeNumber(rules.eligible, 'eligible');
	if (present !== undefined && present < turnout)
		fail(`${present} present but ${turnout} ballots cast`, 'present');
	if (eligible !== undefined && eligible < Math.max(turnout, present ?? 0))
		fail('fewer eligible members than voters', 'eligible');

	let baseVotes: number;
	switch (base) {
		case 'cast':
			baseVotes = inFavour + against;
			break;
		case 'cast-with-abstentions':
			baseVotes = turnout;
			break;
		case 'present':
			if (present === undefined)
				fail('base "present" needs the number of members present', 'present');
			baseVotes = present;
			break;
		case 'eligible':
			if (eligible === undefined)
				fail('base "eligible" needs the number of eligible members', 'eligible');
			baseVotes = eligible;
			break;
		default:
			fail(`unknown base "${String(base)}"`, 'base');
	}

	// Smallest f with f/base > num/den (or ≥), computed on integers.
	const product = BigInt(num) * BigInt(baseVotes);
	const d = BigInt(den);
	const required = Number(inclusive ? (product + d - 1n) / d : product / d + 1n);

	let quorum: MotionFigures['quorum'];
	if (rules.quorum !== undefined) {
		let needed: number;
		if ('count' in rules.quorum) needed = wholeNumber(rules.quorum.count, 'quorum.count');
		else {
			if (eligible === undefined)
				fail('a fractional quorum needs the number of eligible members', 'eligible');
			const f = Rational.of(
				wholeNumber(rules.quorum.numerator, 'quorum.numerator'),
				wholeNumber(rules.quorum.denominator, 'quorum.denominator') ||
					fail('zero denominator', 'quorum.denominator')
			);
			const q = f.mulInt(eligible);
			needed = Number((q.num + q.den - 1n) / q.den);
		}
		quorum = { required: needed, reached: turnout >= needed };
	}

	// A motion nobody voted on (base 0) fails rather than passing vacuously.
	const passes = baseVotes > 0 && inFavour >= required;
	return {
		outcome: quorum && !quorum.reached ? 'no-quorum' : passes ? 'passes' : 'fails',
		rule: `${inclusive ? 'at least' : 'more than'} ${num}/${den} of ${BASE_TEXT[base]}`,
		base,
		baseVotes,
		required,
		inFavour,
		turnout,
		...(quorum ? { quorum } : {})
	};
}
