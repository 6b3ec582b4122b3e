/**
 * Who votes on a decision is fixed when it leaves the draft: the members who had joined its scope
 * by then, or, where the members so decide (`decisions.electorate` = `min-days-in-scope:N`), those
 * who had been in it N days by then. Without it, joining a chapter the day before a close would
 * give a vote in a decision already under way (the instance setting is read here; the settings
 * pages change it).
 */
import { eq } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { instanceSettings } from '$lib/server/db/schema';

export const ELECTORATE_SETTING = 'decisions.electorate';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The days in the scope a rule asks: 0 for `fixed-at-submission` (the default and any bad value). */
export function electorateMinDays(value: unknown): number {
	const match = typeof value === 'string' ? /^min-days-in-scope:(\d{1,4})$/.exec(value) : null;
	return match ? Number(match[1]) : 0;
}

/** The columns a decision leaving the draft at `now` takes: its cut-off, and the rule behind it. */
export async function fixedElectorate(db: Queryable, now: Date) {
	const [row] = await db
		.select({ value: instanceSettings.value })
		.from(instanceSettings)
		.where(eq(instanceSettings.key, ELECTORATE_SETTING));
	const days = electorateMinDays(row?.value);
	return {
		electorateCutoff: new Date(now.getTime() - days * DAY_MS),
		electorateMinDays: days
	};
}
