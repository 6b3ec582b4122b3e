import { afterAll, beforeAll, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { comments, events, forumThreads, posts } from '$lib/server/db/schema';
import { commentPage } from '$lib/server/comments/queries';
import { seedDemo } from './demo';

let conn: Connection;
beforeAll(async () => {
	conn = await createTestDatabase();
}, 120_000);
afterAll(async () => {
	await conn?.close();
});

it('gives the demo organisation a lively, deterministic history of writing', async () => {
	const started = Date.now();
	await seedDemo(conn.db);
	const db = conn.db;
	const [{ n: postCount }] = await db.select({ n: count() }).from(posts);
	expect(postCount).toBeGreaterThanOrEqual(66);
	const languages = await db.selectDistinct({ l: posts.language }).from(posts);
	expect(languages.map((l) => l.l).sort()).toEqual(['ar', 'en', 'es', 'fr']);
	const [big] = await db.select().from(forumThreads).where(eq(forumThreads.pinned, true)).limit(1);
	expect(big.commentCount).toBeGreaterThanOrEqual(500);
	const [{ n: deleted }] = await db
		.select({ n: count() })
		.from(comments)
		.where(sql`${comments.deletedAt} is not null`);
	expect(deleted).toBeGreaterThan(0);
	const [{ n: mentions }] = await db
		.select({ n: count() })
		.from(events)
		.where(eq(events.type, 'member.mentioned'));
	expect(mentions).toBeGreaterThan(10);
	const page = await commentPage(db, null, 'thread', big.id);
	expect(page.total).toBe(big.commentCount);
	expect(page.nextAfter).not.toBeNull();
	console.log(`demo seed with writing: ${Date.now() - started} ms`);
}, 120_000);
