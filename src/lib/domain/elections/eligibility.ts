/**
 * Who may stand again: a role's term limit (most terms in all) and rotation (most consecutive
 * terms), counted from the member's past and current mandates for the role in this scope.
 */
export type PastTerm = { startsAt: Date; endsAt: Date | null };
export type TermRules = { termLimit: number | null; maxConsecutive: number | null };

/** Two terms are consecutive when the later starts within this many days of the earlier's end. */
export const CONSECUTIVE_GAP_DAYS = 31;
const GAP_MS = CONSECUTIVE_GAP_DAYS * 24 * 60 * 60 * 1000;

export type StandingRefusal = 'term-limit' | 'rotation' | null;

/**
 * Whether a new term starting at `startsAt` would break the role's limits; null when it would not.
 * `terms` are every mandate the member held or holds for the role in the scope.
 */
export function standingRefusal(
	terms: readonly PastTerm[],
	rules: TermRules,
	startsAt: Date
): StandingRefusal {
	if (rules.termLimit !== null && terms.length >= rules.termLimit) return 'term-limit';
	if (rules.maxConsecutive === null) return null;
	// Walk back from the newest term while each one runs into the next.
	const sorted = [...terms].sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
	let next = startsAt;
	let run = 0;
	for (const t of sorted) {
		const end = t.endsAt ?? next;
		if (next.getTime() - end.getTime() > GAP_MS) break;
		run++;
		next = t.startsAt;
	}
	return run >= rules.maxConsecutive ? 'rotation' : null;
}
