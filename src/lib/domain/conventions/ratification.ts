/**
 * When a vote at the convention carries. A founding document is ratified by two thirds of the
 * delegates who voted yes or no, with at least half of all delegates taking part (abstentions
 * count towards taking part, not towards the two thirds); every other motion by a simple majority
 * of yes over no, with the same turnout. Integer arithmetic only.
 */
export type Counts = { yes: number; no: number; abstain: number };
export type Rule = { numerator: number; denominator: number; inclusive: boolean };

export const MAJORITY: Rule = { numerator: 1, denominator: 2, inclusive: false };
export const TWO_THIRDS: Rule = { numerator: 2, denominator: 3, inclusive: true };
/** Half of the delegates must take part for any vote to count. */
export const TURNOUT: Rule = { numerator: 1, denominator: 2, inclusive: true };

export type Verdict = { carried: boolean; reason: 'carried' | 'threshold' | 'turnout' };

export function ruleFor(kind: string): Rule {
	return kind === 'ratification' ? TWO_THIRDS : MAJORITY;
}

function reaches(part: number, whole: number, rule: Rule): boolean {
	const left = part * rule.denominator;
	const right = whole * rule.numerator;
	return rule.inclusive ? left >= right : left > right;
}

export function verdict(counts: Counts, delegates: number, rule: Rule): Verdict {
	const turnout = counts.yes + counts.no + counts.abstain;
	if (delegates <= 0 || !reaches(turnout, delegates, TURNOUT))
		return { carried: false, reason: 'turnout' };
	const decided = counts.yes + counts.no;
	if (decided === 0 || !reaches(counts.yes, decided, rule))
		return { carried: false, reason: 'threshold' };
	return { carried: true, reason: 'carried' };
}
