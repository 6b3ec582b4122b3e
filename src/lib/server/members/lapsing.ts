import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { appendEvent } from '$lib/server/events/append';
import { isLocale, type Locale } from '$lib/server/i18n';
import { enqueueMail, type Mail } from '$lib/server/mail/outbox';
import { membershipSettings } from '$lib/server/instance/membership-settings';
import { lapsedMail, lapseWarningMail } from './mail';

const BATCH = 200;

/**
 * The lapsing job. A member inactive for `lapseMonths` is told by mail; if they stay away for
 * `lapseGraceDays` more they become lapsed (out of quorum bases and eligible counts; their
 * content stays). Logging in and confirming at /welcome makes them active again. Each step works
 * in small batches, each in its own transaction, and is safe to run again.
 */
export async function runLapsing(db: Db, origin: string, now = new Date()) {
	const settings = await membershipSettings(db);
	const link = `${origin}/welcome`;
	const warned = await inBatches(
		db,
		sql`
			update members set lapse_warned_at = ${now}
			where id in (
				select id from members
				where lapsed_at is null and deleted_at is null and email_verified_at is not null
					and last_active_at < ${now}::timestamptz - make_interval(months => ${settings.lapseMonths})
					and (lapse_warned_at is null or lapse_warned_at < last_active_at)
				order by id limit ${BATCH}
				for update skip locked)
			returning id::int as id, email, display_name as name, locale`,
		'member.lapse-warned',
		(r, locale) =>
			lapseWarningMail(r.email, locale, r.name, settings.lapseMonths, settings.lapseGraceDays, link)
	);
	const lapsed = await inBatches(
		db,
		sql`
			update members set lapsed_at = ${now}
			where id in (
				select id from members
				where lapsed_at is null and deleted_at is null and lapse_warned_at is not null
					and lapse_warned_at >= last_active_at
					and lapse_warned_at < ${now}::timestamptz - make_interval(days => ${settings.lapseGraceDays})
				order by id limit ${BATCH}
				for update skip locked)
			returning id::int as id, email, display_name as name, locale`,
		'member.lapsed',
		(r, locale) => lapsedMail(r.email, locale, r.name, link)
	);
	return { warned, lapsed };
}

type Due = { id: number; email: string; name: string; locale: string };

/**
 * Run one step until no member is left to it: each batch marks up to BATCH members (the update
 * returns them), mails each in their language and appends the event, all in one transaction.
 */
async function inBatches(
	db: Db,
	markBatch: SQL,
	eventType: 'member.lapse-warned' | 'member.lapsed',
	mail: (member: Due, locale: Locale) => Mail
): Promise<number> {
	let total = 0;
	for (;;) {
		const n = await db.transaction(async (tx) => {
			const due = await tx.execute<Due>(markBatch);
			for (const r of due.rows) {
				await enqueueMail(tx, mail(r, isLocale(r.locale) ? r.locale : 'en'));
				await appendEvent(tx, {
					type: eventType,
					actorId: null,
					subjectType: 'member',
					subjectId: Number(r.id)
				});
			}
			return due.rows.length;
		});
		total += n;
		if (n < BATCH) return total;
	}
}
