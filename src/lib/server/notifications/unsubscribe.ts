/**
 * One-click unsubscribe links (RFC 8058): `<member>.<what>.<signature>`, signed with the member's
 * own key (notification_settings.unsubscribe_key), so a link works without logging in and a link
 * made up or altered is refused. What: `now` (mail at once), `digest`, or `all`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';

export const UNSUBSCRIBE_WHAT = ['now', 'digest', 'all'] as const;
export type UnsubscribeWhat = (typeof UNSUBSCRIBE_WHAT)[number];

function sign(key: string, memberId: number, what: UnsubscribeWhat): string {
	return createHmac('sha256', key)
		.update(`unsubscribe:${memberId}:${what}`)
		.digest('base64url')
		.slice(0, 32);
}

/** The member's key, made on first use. */
export async function unsubscribeKey(db: Queryable, memberId: number): Promise<string> {
	const rows = await db.execute<{ unsubscribe_key: string }>(sql`
		with made as (
			insert into notification_settings (member_id) values (${memberId})
			on conflict (member_id) do nothing returning unsubscribe_key)
		select unsubscribe_key from made
		union all select unsubscribe_key from notification_settings where member_id = ${memberId}
		limit 1`);
	return rows.rows[0].unsubscribe_key;
}

export function unsubscribeToken(key: string, memberId: number, what: UnsubscribeWhat): string {
	return `${memberId}.${what}.${sign(key, memberId, what)}`;
}

/** The member and what the token unsubscribes from, or null for a token that is not genuine. */
export async function readUnsubscribeToken(
	db: Queryable,
	token: string
): Promise<{ memberId: number; what: UnsubscribeWhat } | null> {
	const m = /^(\d{1,15})\.(now|digest|all)\.([\w-]{32})$/.exec(token);
	if (!m) return null;
	const memberId = Number(m[1]);
	const what = m[2] as UnsubscribeWhat;
	const rows = await db.execute<{ unsubscribe_key: string }>(
		sql`select unsubscribe_key from notification_settings where member_id = ${memberId}`
	);
	const key = rows.rows[0]?.unsubscribe_key;
	if (!key) return null;
	const want = Buffer.from(sign(key, memberId, what));
	const got = Buffer.from(m[3]);
	return want.length === got.length && timingSafeEqual(want, got) ? { memberId, what } : null;
}
