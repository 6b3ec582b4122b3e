import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { AID_CATEGORIES } from '$lib/domain/aid/rules';
import { actorFor, createDemoDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { aidPosts, members } from '$lib/server/db/schema';
import { aidBoard, myAidPosts } from '$lib/server/aid/queries';

let conn: Connection;
beforeAll(async () => {
	conn = await createDemoDatabase();
}, 300_000);
afterAll(async () => {
	await conn?.close();
});

it('gives the demo organisation a busy aid board, with posts that have left it', async () => {
	const db = conn.db;
	const all = await db
		.select({
			title: aidPosts.title,
			category: aidPosts.category,
			language: aidPosts.language,
			chapterId: aidPosts.chapterId,
			status: aidPosts.status,
			expired: sql<boolean>`${aidPosts.expiresAt} <= now()`
		})
		.from(aidPosts);
	expect(all.length).toBeGreaterThan(60);
	expect(new Set(all.map((p) => p.title)).size).toBe(all.length);
	expect(new Set(all.map((p) => p.category))).toEqual(new Set(AID_CATEGORIES));
	expect(new Set(all.map((p) => p.language)).size).toBeGreaterThanOrEqual(7);
	expect(all.some((p) => p.chapterId === null)).toBe(true);
	expect(new Set(all.map((p) => p.chapterId)).size).toBeGreaterThan(5);
	expect(new Set(all.map((p) => p.status))).toEqual(new Set(['open', 'fulfilled', 'withdrawn']));
	expect(all.some((p) => p.status === 'open' && p.expired)).toBe(true);

	const board = await aidBoard(db, null, { place: { kind: 'any' } }, undefined, 100);
	expect(board.posts.length).toBeGreaterThan(35);

	const [demo] = await db
		.select({ id: members.id })
		.from(members)
		.where(eq(members.handle, 'demo'));
	const mine = await myAidPosts(db, await actorFor(db, demo.id));
	expect(mine.counts.open).toBeGreaterThanOrEqual(1);
	expect(mine.counts.fulfilled).toBeGreaterThanOrEqual(1);
});
