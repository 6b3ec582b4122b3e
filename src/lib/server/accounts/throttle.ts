import { inArray, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { authThrottle } from '$lib/server/db/schema';
import { TooManyRequests } from '$lib/server/errors';

export type ThrottleRule = { limit: number; windowMinutes: number; lockMinutes: number };

export const RULES = {
	/** Wrong passwords for one account, from anywhere. */
	loginAccount: { limit: 5, windowMinutes: 15, lockMinutes: 15 },
	/** Wrong passwords from one address, for any accounts. */
	loginAddress: { limit: 20, windowMinutes: 15, lockMinutes: 15 },
	/** Sign-ups, reset and verification mails asked for from one address. */
	mailAddress: { limit: 10, windowMinutes: 60, lockMinutes: 60 }
} satisfies Record<string, ThrottleRule>;

/** Refuse with 429 while any of the keys is locked. */
export async function assertNotThrottled(db: Queryable, keys: string[]): Promise<void> {
	const rows = await db
		.select({ key: authThrottle.key })
		.from(authThrottle)
		.where(sql`${inArray(authThrottle.key, keys)} and ${authThrottle.lockedUntil} > now()`);
	if (rows.length > 0) throw new TooManyRequests('error_too_many_attempts');
}

/** Count one attempt against a key; the key locks when the window's limit is reached. */
export async function recordAttempt(db: Queryable, key: string, rule: ThrottleRule): Promise<void> {
	const window = sql.raw(`interval '${rule.windowMinutes} minutes'`);
	const lock = sql.raw(`interval '${rule.lockMinutes} minutes'`);
	await db.execute(sql`
		insert into auth_throttle as t (key, failures, window_started_at, locked_until)
		values (${key}, 1, now(), ${rule.limit <= 1 ? sql`now() + ${lock}` : sql`null`})
		on conflict (key) do update set
			failures = case when t.window_started_at < now() - ${window} then 1 else t.failures + 1 end,
			window_started_at = case when t.window_started_at < now() - ${window} then now() else t.window_started_at end,
			locked_until = case
				when (case when t.window_started_at < now() - ${window} then 1 else t.failures + 1 end) >= ${rule.limit}
				then now() + ${lock} else t.locked_until end`);
}

export async function clearAttempts(db: Queryable, key: string): Promise<void> {
	await db.delete(authThrottle).where(inArray(authThrottle.key, [key]));
}
