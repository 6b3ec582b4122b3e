import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';

/**
 * How long Plenary keeps what it needs only for a while (docs/privacy.md says the same to
 * members). Less kept is less to lose if a server or a backup is seized.
 */
export const RETENTION_DAYS = {
	/** Delivered mail: long enough to answer "did my mail go out?", then gone (bodies hold links). */
	sentMail: 30,
	/** Mail that never could be delivered: kept a little for the operator to see why. */
	failedMail: 14,
	/** Used or expired single-use links. */
	usedLinks: 7,
	/** Sessions after they expired. */
	expiredSessions: 0,
	/** Counters of failed log-ins and of limited actions, once no window or lock can need them. */
	counters: 1,
	/** Browsers a member logged in from, after a year unused (their cookie has expired by then). */
	knownDevices: 366
} as const;

/** Delete what has outlived its retention time; returns how many rows went, by kind. */
export async function pruneExpired(db: Db, now = new Date()) {
	const days = (n: number) => sql`${now.toISOString()}::timestamptz - make_interval(days => ${n})`;
	const deleted = async (query: ReturnType<typeof sql>) => (await db.execute(query)).rowCount ?? 0;
	return {
		sentMail: await deleted(
			sql`delete from mail_outbox where sent_at is not null and sent_at < ${days(RETENTION_DAYS.sentMail)}`
		),
		failedMail: await deleted(
			sql`delete from mail_outbox where sent_at is null and created_at < ${days(RETENTION_DAYS.failedMail)}`
		),
		usedLinks: await deleted(
			sql`delete from email_tokens where coalesce(used_at, expires_at) < ${days(RETENTION_DAYS.usedLinks)}`
		),
		expiredSessions: await deleted(
			sql`delete from sessions where expires_at < ${days(RETENTION_DAYS.expiredSessions)}`
		),
		counters:
			(await deleted(
				sql`delete from auth_throttle where window_started_at < ${days(RETENTION_DAYS.counters)}
					and (locked_until is null or locked_until < ${now.toISOString()}::timestamptz)`
			)) +
			(await deleted(
				sql`delete from member_limits where window_started_at < ${days(RETENTION_DAYS.counters)}`
			)),
		knownDevices: await deleted(
			sql`delete from known_devices where last_used_at < ${days(RETENTION_DAYS.knownDevices)}`
		)
	};
}
