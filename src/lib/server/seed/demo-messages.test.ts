import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { actorFor, createDemoDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { conversationList, unreadConversations } from '$lib/server/messages/queries';

let conn: Connection;
beforeAll(async () => {
	conn = await createDemoDatabase();
}, 300_000);
afterAll(() => conn?.close());

it('gives the demo login conversations, some with unread messages, and others it cannot see', async () => {
	const db = conn.db;
	const { rows } = await db.execute<{ id: number }>(
		sql`select id::int as id from members where email = 'demo@example.org'`
	);
	const demo = await actorFor(db, rows[0].id);
	expect(await unreadConversations(db, demo.id)).toBeGreaterThanOrEqual(2);
	const list = await conversationList(db, demo);
	expect(list.conversations.length).toBe(4);
	expect(list.conversations.some((c) => c.with.length === 2)).toBe(true);
	const all = await db.execute<{ n: number }>(sql`select count(*)::int as n from conversations`);
	expect(all.rows[0].n).toBeGreaterThan(list.conversations.length);
	const notes = await db.execute<{ n: number }>(
		sql`select count(*)::int as n from notifications where member_id = ${demo.id} and kind = 'message' and read_at is null`
	);
	expect(notes.rows[0].n).toBeGreaterThan(0);
});
