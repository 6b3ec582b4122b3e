/**
 * Effort recognised "in accord with duration, intensity and onerousness" (the model
 * organisation's value): a logged stretch of work counts its minutes, scaled by how intense it
 * was and how onerous the task is rated. All figures are whole numbers: minutes × intensity (1–5)
 * × onerousness in tenths (10–50). A neutral hour (intensity 3, onerousness 3.0) is 60·3·30 = 5400
 * units; `unitsToNeutralMinutes` turns units back into "neutral minutes" for display.
 */
export const MAX_MINUTES_PER_ENTRY = 16 * 60;
const NEUTRAL = 3 * 30;

export type EffortEntry = {
	memberId: number;
	minutes: number;
	intensity: number;
	onerousTenths: number;
};

export function validEffort(minutes: number, intensity: number): boolean {
	return (
		Number.isInteger(minutes) &&
		minutes > 0 &&
		minutes <= MAX_MINUTES_PER_ENTRY &&
		Number.isInteger(intensity) &&
		intensity >= 1 &&
		intensity <= 5
	);
}

export function effortUnits(
	entry: Pick<EffortEntry, 'minutes' | 'intensity' | 'onerousTenths'>
): number {
	return entry.minutes * entry.intensity * entry.onerousTenths;
}

export function unitsToNeutralMinutes(units: number): number {
	return Math.round(units / NEUTRAL);
}
