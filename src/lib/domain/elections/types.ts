/**
 * Elections fill a role's seats in one scope: nominations, then voting, then the count. Pure data
 * shared by the schema (its CHECK constraints), the commands and the pages.
 */
export const ELECTION_METHODS = ['meek', 'scottish', 'gregory', 'irv', 'yes-no'] as const;
export type ElectionMethod = (typeof ELECTION_METHODS)[number];

export const ELECTION_PHASES = ['nominations', 'voting', 'closed'] as const;
export type ElectionPhase = (typeof ELECTION_PHASES)[number];

/** The counting core's method for each ranked election method (yes-no is counted here). */
export const RANKED_METHOD = {
	meek: 'stv-meek',
	scottish: 'stv-scottish',
	gregory: 'stv-gregory',
	irv: 'irv'
} as const;

/**
 * A balance rule: at least `minShare` of the seats go to candidates whose self-declared
 * `attribute` is `value` (as the model organisation asked for at least 30% women on a body).
 */
export type BalanceRule = { attribute: 'gender'; value: string; minShare: number };

export function isBalanceRule(value: unknown): value is BalanceRule {
	const v = value as BalanceRule | null;
	return (
		!!v &&
		v.attribute === 'gender' &&
		typeof v.value === 'string' &&
		typeof v.minShare === 'number' &&
		v.minShare > 0 &&
		v.minShare <= 1
	);
}

/** Seats the rule reserves: the share rounded up (30% of 7 seats is 3 seats). */
export function seatsRequired(rule: BalanceRule, seats: number): number {
	return Math.ceil(rule.minShare * seats - 1e-9);
}

/** A yes/no ballot: each candidate on it gets yes or no (a candidate left out is neither). */
export type YesNoChoice = Record<string, 'yes' | 'no'>;
/** What a ballot stores: a ranking of candidacy ids (best first), or yes/no per candidacy id. */
export type ElectionChoice = { ranking: string[] } | { yesNo: YesNoChoice };
