import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import '$lib/server/commentables';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import {
	comments,
	forumCategories,
	forumThreads,
	members,
	postVersions,
	posts
} from '$lib/server/db/schema';
import { actorFor } from '$lib/server/db/testing';
import { Conflict, Forbidden, Invalid } from '$lib/server/errors';
import { flagContent, postComment } from '$lib/server/comments/commands';
import { createPost, editPost, moderateThread, startThread } from './commands';
import { postById } from './queries';
import { setWritingLimits } from './settings';
import { newMember, openWorld, post } from './test-world';

/** Rights read through the one actor, role rights by scope, and races closed in the pipeline. */
let conn: Connection;
let ana: Actor;
let ben: Actor;
let chapterId: number;
let categoryId: number;

beforeAll(async () => {
	({ conn, ana, ben, chapterId, categoryId } = await openWorld());
	await setWritingLimits(conn.db, { postsPerDay: 100 });
});
afterAll(async () => {
	await conn?.close();
});

describe('rights and roles', () => {
	it('refuses a lapsed member a post and a comment', async () => {
		const db = conn.db;
		const lou = await newMember(conn.db, 'lou');
		const p = await createPost(db, lou, post({ title: 'Before lapsing' }));
		await db.update(members).set({ lapsedAt: new Date() }).where(eq(members.id, lou.id));
		const lapsed = await actorFor(db, lou.id);
		await expect(createPost(db, lapsed, post({ title: 'After lapsing' }))).rejects.toThrow(
			Forbidden
		);
		await expect(postComment(db, lapsed, 'post', p.id, { body: 'Still here?' })).rejects.toThrow(
			Forbidden
		);
		const t = await startThread(db, ana, categoryId, {
			title: 'Lapsing',
			body: 'x',
			language: 'en'
		});
		await expect(postComment(db, lapsed, 'thread', t.id, { body: 'me too' })).rejects.toThrow(
			Forbidden
		);
		const [{ n }] = await db
			.select({ n: count() })
			.from(comments)
			.where(eq(comments.authorId, lou.id));
		expect(n).toBe(0);
	});

	it('lets an organisation facilitator post organisation news and pin any thread', async () => {
		const db = conn.db;
		const fay = await newMember(conn.db, 'fay', { mandate: 'organisation' });
		const news = await createPost(
			db,
			fay,
			post({ title: 'Convention dates', kind: 'organisation' })
		);
		expect((await postById(db, null, news.id)).kind).toBe('organisation');
		const t = await startThread(db, ben, categoryId, {
			title: 'Pin me',
			body: 'x',
			language: 'en'
		});
		await moderateThread(db, fay, t.id, { pinned: true });
		await moderateThread(db, fay, t.id, { locked: true });
		const [row] = await db.select().from(forumThreads).where(eq(forumThreads.id, t.id));
		expect([row.pinned, row.locked]).toEqual([true, true]);
	});

	it("lets a chapter's facilitator pin in that chapter's forum only", async () => {
		const db = conn.db;
		const [{ id: recifeForum }] = await db
			.insert(forumCategories)
			.values({ slug: 'recife-forum-test', name: 'Recife', chapterId })
			.returning({ id: forumCategories.id });
		const cam = await newMember(conn.db, 'cam', { chapter: chapterId, mandate: chapterId });
		const local = await startThread(db, ana, recifeForum, {
			title: 'Recife assembly',
			body: 'x',
			language: 'en'
		});
		const general = await startThread(db, ana, categoryId, {
			title: 'Everyone',
			body: 'x',
			language: 'en'
		});
		await moderateThread(db, cam, local.id, { pinned: true });
		await moderateThread(db, cam, local.id, { slowMode: true });
		await expect(moderateThread(db, cam, general.id, { pinned: true })).rejects.toThrow(Forbidden);
		await expect(
			createPost(db, cam, post({ title: 'Not theirs', kind: 'organisation' }))
		).rejects.toThrow(Forbidden);
		const [row] = await db.select().from(forumThreads).where(eq(forumThreads.id, general.id));
		expect(row.pinned).toBe(false);
	});

	it('refuses news and pinning to a member without a mandate', async () => {
		const db = conn.db;
		const t = await startThread(db, ana, categoryId, { title: 'Mine', body: 'x', language: 'en' });
		await expect(moderateThread(db, ana, t.id, { pinned: true })).rejects.toThrow(Forbidden);
		await expect(
			createPost(db, ana, post({ title: 'Official', kind: 'organisation' }))
		).rejects.toThrow(Forbidden);
		// The author may still lock their own thread.
		await moderateThread(db, ana, t.id, { locked: true });
	});

	it('refuses a moderation that changes nothing', async () => {
		const t = await startThread(conn.db, ana, categoryId, {
			title: 'Empty',
			body: 'x',
			language: 'en'
		});
		await expect(moderateThread(conn.db, ana, t.id, {})).rejects.toThrow(Invalid);
	});
});

describe('races', () => {
	it('takes two edits of one post at once without an unexpected error, versions intact', async () => {
		const db = conn.db;
		const p = await createPost(db, ana, post({ title: 'Edited twice' }));
		const results = await Promise.allSettled(
			['first', 'second', 'third'].map((word) =>
				editPost(db, ana, p.id, post({ title: 'Edited twice', body: `The ${word} edit.` }))
			)
		);
		for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(Conflict);
		const saved = results.filter((r) => r.status === 'fulfilled').length;
		expect(saved).toBeGreaterThan(0);
		const versions = await db
			.select({ version: postVersions.version })
			.from(postVersions)
			.where(eq(postVersions.postId, p.id))
			.orderBy(postVersions.version);
		expect(versions.map((v) => v.version)).toEqual(
			Array.from({ length: saved + 1 }, (_, i) => i + 1)
		);
		const [row] = await db.select().from(posts).where(eq(posts.id, p.id));
		expect(row.version).toBe(saved + 1);
	});

	it('answers a flag sent twice at once with one flag and a Conflict', async () => {
		const db = conn.db;
		const p = await createPost(db, ana, post({ title: 'Flag me twice' }));
		const results = await Promise.allSettled([
			flagContent(db, ben, 'post', p.id, { reason: 'spam' }),
			flagContent(db, ben, 'post', p.id, { reason: 'spam' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(failed.reason).toBeInstanceOf(Conflict);
		const [row] = await db.select().from(posts).where(eq(posts.id, p.id));
		expect(row.flagCount).toBe(1);
	});
});
