/**
 * Counters of attempts, shared by every app node through the database. A key names what is
 * counted ("wrong passwords for this account from this client"); it is stored as a SHA-256 digest,
 * so the table holds no e-mail or IP address. How log-ins use these counters is in login-throttle.ts.
 */
import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { authThrottle } from '$lib/server/db/schema';
import { TooManyRequests } from '$lib/server/errors';
import { limitScale } from '$lib/server/limits';

/** `limit` attempts in `windowMinutes`; then, with `lockMinutes`, the key is refused that long. */
export type ThrottleRule = { limit: number; windowMinutes: number; lockMinutes?: number };

export const RULES = {
	/** Wrong passwords for one account from one client (a browser it knows, or else an IP address). */
	loginClient: { limit: 5, windowMinutes: 15, lockMinutes: 15 },
	/**
	 * Wrong passwords from one IP address, for any accounts. Raised with PLENARY_LIMIT_SCALE where
	 * many members share one address (a campus behind one NAT, a browser test suite).
	 */
	get loginAddress(): ThrottleRule {
		return { limit: 20 * limitScale(), windowMinutes: 15, lockMinutes: 15 };
	},
	/**
	 * Wrong passwords for one account from anywhere. Never a lock: past the limit, clients the
	 * account does not know are slowed to one try a window each (see login-throttle.ts).
	 */
	loginAccount: { limit: 10, windowMinutes: 15 },
	/** Sign-ups, reset and verification mails asked for from one IP address (scaled as above). */
	get mailAddress(): ThrottleRule {
		return { limit: 10 * limitScale(), windowMinutes: 60, lockMinutes: 60 };
	},
	/** E-mail changes and new verification links asked for by one member, or for one address. */
	mailMember: { limit: 5, windowMinutes: 60, lockMinutes: 60 },
	mailRecipient: { limit: 3, windowMinutes: 60, lockMinutes: 60 }
} satisfies Record<string, ThrottleRule>;

/** The stored key for what is counted, e.g. throttleKey('login', email, 'ip', address). */
export function throttleKey(...parts: string[]): string {
	return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/** Refuse with 429 (and the message `key`) while any of the keys is locked. */
export async function assertNotThrottled(
	db: Queryable,
	keys: string[],
	message = 'error_too_many_attempts'
): Promise<void> {
	if (!keys.length) return;
	const rows = await db
		.select({ key: authThrottle.key })
		.from(authThrottle)
		.where(sql`${inArray(authThrottle.key, keys)} and ${authThrottle.lockedUntil} > now()`);
	if (rows.length > 0) throw new TooManyRequests(message);
}

/** Attempts counted against a key in its current window. */
export async function attemptsIn(db: Queryable, key: string, rule: ThrottleRule): Promise<number> {
	const window = sql.raw(`interval '${rule.windowMinutes} minutes'`);
	const [row] = await db
		.select({ failures: authThrottle.failures })
		.from(authThrottle)
		.where(
			sql`${authThrottle.key} = ${key} and ${authThrottle.windowStartedAt} >= now() - ${window}`
		);
	return row?.failures ?? 0;
}

/** Count one attempt against a key; a rule with a lock locks the key at the window's limit. */
export async function recordAttempt(db: Queryable, key: string, rule: ThrottleRule): Promise<void> {
	const window = sql.raw(`interval '${rule.windowMinutes} minutes'`);
	const lock = rule.lockMinutes ? sql.raw(`now() + interval '${rule.lockMinutes} minutes'`) : null;
	const fresh = sql`t.window_started_at < now() - ${window}`;
	const count = sql`case when ${fresh} then 1 else t.failures + 1 end`;
	await db.execute(sql`
		insert into auth_throttle as t (key, failures, window_started_at, locked_until)
		values (${key}, 1, now(), ${lock && rule.limit <= 1 ? lock : sql`null`})
		on conflict (key) do update set
			failures = ${count},
			window_started_at = case when ${fresh} then now() else t.window_started_at end,
			locked_until = ${lock ? sql`case when ${count} >= ${rule.limit} then ${lock} else t.locked_until end` : sql`null`}`);
}

/** Count one request against each key, refusing (429, nothing counted) when one is over its limit. */
export async function throttle(
	db: Queryable,
	counted: [key: string, rule: ThrottleRule][],
	message = 'error_too_many_attempts'
) {
	await assertNotThrottled(
		db,
		counted.map(([key]) => key),
		message
	);
	for (const [key, rule] of counted) await recordAttempt(db, key, rule);
}

export async function clearAttempts(db: Queryable, key: string): Promise<void> {
	await db.delete(authThrottle).where(inArray(authThrottle.key, [key]));
}
