/**
 * Terms of a mandate: when one ends, and how many a member has served in a row. Pure.
 *
 * Rotation: terms are consecutive when the gap between one's end and the next one's start is
 * shorter than a whole term. A member who has served `maxConsecutive` terms in a row must sit out
 * at least one term's length before holding the role there again.
 */

/** The same day `months` later (the last day of a shorter month when the day does not exist). */
export function addMonths(from: Date, months: number): Date {
	const d = new Date(from.getTime());
	const day = d.getUTCDate();
	d.setUTCDate(1);
	d.setUTCMonth(d.getUTCMonth() + months);
	const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
	d.setUTCDate(Math.min(day, last));
	return d;
}

export type Term = { startsAt: Date; endsAt: Date | null };

/**
 * How many terms, ending just before `startsAt`, the member served in a row. `past` holds the
 * member's earlier mandates for the same role and scope, in any order.
 */
export function consecutiveTerms(
	past: readonly Term[],
	startsAt: Date,
	termMonths: number
): number {
	const earlier = [...past].sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
	let count = 0;
	let next = startsAt;
	for (const term of earlier) {
		// An open-ended earlier mandate runs into this one.
		const end = term.endsAt ?? next;
		if (addMonths(end, termMonths) <= next) break;
		count++;
		next = term.startsAt;
	}
	return count;
}
