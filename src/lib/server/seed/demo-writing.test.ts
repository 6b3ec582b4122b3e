import { afterAll, beforeAll, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { createDemoDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import {
	amendments,
	comments,
	decisions,
	events,
	forumThreads,
	minorityReports,
	posts
} from '$lib/server/db/schema';
import { commentPage } from '$lib/server/comments/queries';

let conn: Connection;
beforeAll(async () => {
	conn = await createDemoDatabase();
}, 300_000);
afterAll(async () => {
	await conn?.close();
});

it('gives the demo organisation a lively, deterministic history of writing', async () => {
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
}, 120_000);

it('gives the demo organisation decisions in every state', async () => {
	const db = conn.db;
	const rows = await db
		.select({
			title: decisions.title,
			phase: decisions.phase,
			outcome: decisions.outcome,
			secret: decisions.secret,
			method: decisions.method,
			stage: decisions.stage
		})
		.from(decisions);
	const by = (title: string) => rows.find((r) => r.title === title);
	expect(new Set(rows.map((r) => r.phase))).toEqual(
		new Set(['draft', 'discussion', 'amendments', 'voting', 'closed'])
	);
	expect(by('Adopt the interim Mission')?.phase).toBe('discussion');
	expect(by('Adopt the interim Vision')?.phase).toBe('amendments');
	expect(by('Name the members’ newsletter')).toMatchObject({
		phase: 'closed',
		secret: true,
		method: 'schulze',
		outcome: 'chosen'
	});
	expect(by('A rota for the tiring work of chapter meetings')).toMatchObject({
		phase: 'closed',
		outcome: 'blocked'
	});
	expect(rows.some((r) => r.stage === 'runoff' && r.phase === 'discussion')).toBe(true);
	const [{ n: amendmentCount }] = await db.select({ n: count() }).from(amendments);
	expect(amendmentCount).toBeGreaterThanOrEqual(6);
	const [{ n: reportCount }] = await db.select({ n: count() }).from(minorityReports);
	expect(reportCount).toBe(1);
	const [petition] = await db
		.execute<{ threshold: number; signatures: number }>(
			sql`
		select p.threshold, (select count(*)::int from revisit_signatures s where s.petition_id = p.id) as signatures
		from revisit_petitions p`
		)
		.then((r) => r.rows);
	expect(petition.signatures).toBe(Math.floor(petition.threshold / 2));
});
