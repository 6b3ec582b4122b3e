import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDemoDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';

let conn: Connection;
beforeAll(async () => {
	conn = await createDemoDatabase();
}, 300_000);
afterAll(() => conn?.close());

it('gives the demo login a history: read and unread, votes open to them among them', async () => {
	const rows = await conn.db.execute<{ kind: string; unread: boolean }>(sql`
		select n.kind, n.read_at is null as unread from notifications n
		join members m on m.id = n.member_id where m.email = 'demo@example.org'`);
	expect(rows.rows.some((r) => r.kind === 'vote-open')).toBe(true);
	expect(rows.rows.some((r) => r.unread)).toBe(true);
	const kinds = await conn.db.execute<{ kind: string }>(
		sql`select distinct kind from notifications`
	);
	// Made-up addresses get no mail.
	const mailed = await conn.db.execute<{ n: number }>(
		sql`select count(*)::int as n from notification_settings where email_now or digest <> 'off'`
	);
	expect(mailed.rows[0].n).toBe(0);
	expect(kinds.rows.map((r) => r.kind).sort()).toEqual(
		expect.arrayContaining(['decision-closed', 'reply', 'vote-open'])
	);
});
