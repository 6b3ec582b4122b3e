/**
 * A balance rule applied to a count, the standard way: count; if fewer than the required seats went
 * to candidates with the attribute, take out the last-elected candidate without it and count again
 * as if they had withdrawn; repeat until the rule is met or no candidate with the attribute is left
 * to gain a seat. Every step is kept so the result can show the rule and its effect.
 */
import { seatsRequired, type BalanceRule } from './types';

export type BalanceStep = {
	/** Candidates taken out before this count. */
	excluded: string[];
	winners: string[];
	/** Winners with the attribute. */
	matching: number;
};

export type BalancedCount<R> = {
	report: R;
	excluded: string[];
	steps: BalanceStep[];
	required: number;
	met: boolean;
};

export async function countWithBalance<R extends { winners: string[] }>(
	candidates: readonly string[],
	seats: number,
	rule: BalanceRule | null,
	/** The candidate's value of the rule's attribute (null: not declared). */
	attribute: (candidate: string) => string | null,
	/** Count again with these candidates out (each count is the method's own, on the worker pool). */
	count: (excluded: readonly string[]) => Promise<R>
): Promise<BalancedCount<R>> {
	const excluded: string[] = [];
	const steps: BalanceStep[] = [];
	const required = rule ? Math.min(seatsRequired(rule, seats), seats) : 0;
	const matches = (c: string) => !!rule && attribute(c) === rule.value;
	for (;;) {
		const report = await count(excluded);
		const matching = report.winners.filter(matches).length;
		steps.push({ excluded: [...excluded], winners: [...report.winners], matching });
		const met = matching >= required;
		// Someone with the attribute who is neither elected nor out could still take a seat.
		const hopeful = candidates.some(
			(c) => matches(c) && !report.winners.includes(c) && !excluded.includes(c)
		);
		const lastOther = [...report.winners].reverse().find((c) => !matches(c));
		if (met || !rule || !hopeful || !lastOther) return { report, excluded, steps, required, met };
		excluded.push(lastOther);
	}
}
