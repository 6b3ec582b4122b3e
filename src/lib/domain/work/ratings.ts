/**
 * Task ratings: project members rate each task for empowerment and onerousness on 1–5. The task
 * carries the median, so one extreme rating cannot swing it. With an even number of ratings the
 * median is the mean of the two middle ones, a whole or half step (stored as tenths to stay exact).
 */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

export function isRating(value: number): boolean {
	return Number.isInteger(value) && value >= RATING_MIN && value <= RATING_MAX;
}

/** Median of 1–5 ratings in tenths (35 = 3.5), or null with no ratings. */
export function medianTenths(ratings: readonly number[]): number | null {
	if (ratings.length === 0) return null;
	for (const r of ratings) if (!isRating(r)) throw new RangeError(`rating out of range: ${r}`);
	const sorted = [...ratings].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid] * 10 : (sorted[mid - 1] + sorted[mid]) * 5;
}
