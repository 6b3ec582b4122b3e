/**
 * Write a route's deliveries: drop the actor, members who muted the scope (unless it is addressed
 * to them) and members who can no longer be reached, write each notification once (the dedupe
 * key makes a second run of the same event a no-op), queue mail at once for what is urgent when
 * the member wants it, and tell the members' open pages their unread count changed.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { notifications } from '$lib/server/db/schema';
import { enqueueMail } from '$lib/server/mail/outbox';
import { queueLive } from '$lib/server/live/after-commit';
import { immediateMail, type Recipient } from './mail';
import type { Delivery } from './routing';
import type { NotificationKind } from './kinds';

const CHUNK = 1_000;

export async function writeNotifications(
	db: Queryable,
	input: {
		kind: NotificationKind;
		urgent: boolean;
		actorId: number | null;
		dedupeKey: string;
		deliveries: Delivery[];
		/** Members already written to for this event (by an earlier route). */
		skip?: Set<number>;
	}
): Promise<number[]> {
	const seen = input.skip ?? new Set<number>();
	let list = input.deliveries.filter((d) => {
		if (d.memberId === input.actorId || seen.has(d.memberId)) return false;
		seen.add(d.memberId);
		return true;
	});
	if (!list.length) return [];
	const unaddressed = list.filter((d) => !d.addressed && d.scope);
	if (unaddressed.length) {
		const muted = await db.execute<{ member_id: number; scope_type: string; scope_id: number }>(sql`
			select member_id::int as member_id, scope_type, scope_id::int as scope_id
			from notification_follows
			where mode = 'mute' and member_id in (${sql.join(
				[...new Set(unaddressed.map((d) => d.memberId))].map((id) => sql`${id}`),
				sql`, `
			)})`);
		const off = new Set(muted.rows.map((r) => `${r.member_id}:${r.scope_type}:${r.scope_id}`));
		list = list.filter(
			(d) => d.addressed || !d.scope || !off.has(`${d.memberId}:${d.scope.type}:${d.scope.id}`)
		);
	}
	const written: number[] = [];
	for (let i = 0; i < list.length; i += CHUNK) {
		const rows = await db
			.insert(notifications)
			.values(
				list.slice(i, i + CHUNK).map((d) => ({
					memberId: d.memberId,
					kind: input.kind,
					actorId: input.actorId,
					subjectType: d.subjectType,
					subjectId: d.subjectId,
					title: d.title.slice(0, 300),
					url: d.url,
					dedupeKey: input.dedupeKey,
					urgent: input.urgent
				}))
			)
			.onConflictDoNothing()
			.returning({ id: notifications.id, memberId: notifications.memberId });
		written.push(...rows.map((r) => r.memberId));
		if (input.urgent && rows.length)
			await mailNow(
				db,
				rows.map((r) => r.id)
			);
	}
	for (const id of written) queueLive(`member:${id}`, { notifications: true });
	return written;
}

/**
 * Queue mail at once for these urgent notifications, in this transaction, for members who want
 * it and can be reached (a current, confirmed, not lapsed account); mark them mailed so the digest
 * does not repeat them. Members who turned mail at once off get them in their digest.
 */
async function mailNow(db: Queryable, ids: number[]) {
	const rows = await db.execute<{
		id: number;
		member_id: number;
		email: string;
		locale: string;
		kind: NotificationKind;
		title: string;
		url: string;
	}>(sql`
		update notifications n set mailed_at = now()
		from members m
		left join notification_settings s on s.member_id = m.id
		where n.id in (${sql.join(
			ids.map((id) => sql`${id}`),
			sql`, `
		)}) and m.id = n.member_id
			and m.deleted_at is null and m.email_verified_at is not null and m.lapsed_at is null
			and coalesce(s.email_now, true)
		returning n.id::int as id, n.member_id::int as member_id, m.email, m.locale, n.kind, n.title, n.url`);
	if (!rows.rows.length) return;
	const keys = await keysFor(
		db,
		rows.rows.map((r) => Number(r.member_id))
	);
	for (const r of rows.rows) {
		const to: Recipient = {
			id: Number(r.member_id),
			email: r.email,
			locale: r.locale,
			key: keys.get(Number(r.member_id))!
		};
		await enqueueMail(db, immediateMail(to, { kind: r.kind, title: r.title, url: r.url }));
	}
}

/** The members' unsubscribe keys, made for those who have none yet. */
export async function keysFor(db: Queryable, memberIds: number[]): Promise<Map<number, string>> {
	const list = sql.join(
		[...new Set(memberIds)].map((id) => sql`(${id}::bigint)`),
		sql`, `
	);
	await db.execute(sql`
		insert into notification_settings (member_id) select v.id from (values ${list}) as v(id)
		on conflict (member_id) do nothing`);
	const rows = await db.execute<{ member_id: number; unsubscribe_key: string }>(sql`
		select member_id::int as member_id, unsubscribe_key from notification_settings
		where member_id in (${sql.join(
			[...new Set(memberIds)].map((id) => sql`${id}`),
			sql`, `
		)})`);
	return new Map(rows.rows.map((r) => [Number(r.member_id), r.unsubscribe_key]));
}
