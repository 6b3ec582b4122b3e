/**
 * Options and strength measures shared by the Condorcet methods (Schulze,
 * ranked pairs).
 */
import { fail } from './errors';

/**
 * Strength of a defeat a>b with d[a][b] = for, d[b][a] = against:
 * 'winning-votes' compares `for` and, when equal, prefers the smaller
 * `against` (Debian Constitution A.6); 'margin' compares for − against.
 */
export type StrengthMeasure = 'winning-votes' | 'margin';

export function checkStrength(value: unknown): StrengthMeasure {
	if (value !== 'winning-votes' && value !== 'margin')
		fail(`unknown strength "${String(value)}" (use winning-votes or margin)`, 'strength');
	return value;
}

/** Positive when defeat (f1, a1) is stronger than (f2, a2). */
export function compareDefeats(
	measure: StrengthMeasure,
	f1: number,
	a1: number,
	f2: number,
	a2: number
): number {
	if (measure === 'margin') return f1 - a1 - (f2 - a2);
	return f1 - f2 || a2 - a1;
}

/** A defeat as shown in reports: the votes for and against. */
export interface Defeat {
	for: number;
	against: number;
}
