import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import '$lib/server/commentables';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { commentVersions, comments, events } from '$lib/server/db/schema';
import { Forbidden, Invalid, NotFound, TooManyRequests } from '$lib/server/errors';
import { createPost, moderateThread, startThread } from '$lib/server/writing/commands';
import { setWritingLimits } from '$lib/server/writing/settings';
import { openWorld, post } from '$lib/server/writing/test-world';
import { deleteComment, editComment, flagContent, mentionedHandles, postComment } from './commands';
import { ROOTS_PER_PAGE, commentHistory, commentPage } from './queries';

let conn: Connection;
let ana: Actor;
let ben: Actor;
let cai: Actor;
let dee: Actor;
let categoryId: number;

beforeAll(async () => {
	({ conn, ana, ben, cai, dee, categoryId } = await openWorld());
});
afterAll(async () => {
	await conn?.close();
});

/** A new thread to comment on. */
const talk = (title: string) =>
	startThread(conn.db, ana, categoryId, { title, body: 'Talk', language: 'en' });

describe('comments', () => {
	it('threads replies, edits with history, and leaves a tombstone', async () => {
		const db = conn.db;
		const p = await createPost(db, ana, post({ title: 'Comment here' }));
		const first = await postComment(db, ben, 'post', p.id, { body: 'First!' });
		const reply = await postComment(db, ana, 'post', p.id, {
			body: 'Welcome @ben',
			parentId: String(first.id)
		});
		const deeper = await postComment(db, ben, 'post', p.id, {
			body: 'Thanks',
			parentId: String(reply.id)
		});
		await editComment(db, ben, first.id, { body: 'First, edited' });
		await deleteComment(db, ben, deeper.id);
		const page = await commentPage(db, ana, 'post', p.id);
		expect(page.comments.map((c) => [c.depth, c.deleted])).toEqual([
			[0, false],
			[1, false],
			[2, true]
		]);
		expect(page.comments[0].html).toContain('First, edited');
		expect(page.comments[2].html).toBeNull();
		const history = await commentHistory(db, null, first.id);
		expect(history.versions.map((v) => v.body)).toEqual(['First, edited', 'First!']);
		const [{ n: kept }] = await db
			.select({ n: count() })
			.from(commentVersions)
			.where(eq(commentVersions.commentId, deeper.id));
		expect(kept).toBe(0);
		await expect(editComment(db, ana, first.id, { body: 'not mine' })).rejects.toThrow(Forbidden);
		await expect(postComment(db, ana, 'post', 999999, { body: 'x' })).rejects.toThrow(NotFound);
		const mentions = await db.select().from(events).where(eq(events.type, 'member.mentioned'));
		expect(mentions.some((e) => (e.data as { memberId: number }).memberId === ben.id)).toBe(true);
	});

	it('finds mentions, not e-mail addresses or code', () => {
		expect(mentionedHandles('hi @ana and @Ben_2, mail x@y.org `@code`')).toEqual(['ana', 'ben_2']);
	});

	it('pages top-level comments by keyset', async () => {
		const db = conn.db;
		const t = await talk('Big thread');
		await db.insert(comments).values(
			Array.from({ length: 90 }, (_, i) => ({
				subjectType: 'thread' as const,
				subjectId: t.id,
				authorId: i % 2 ? ana.id : ben.id,
				body: `comment ${i}`
			}))
		);
		const one = await commentPage(db, null, 'thread', t.id);
		expect(one.comments).toHaveLength(ROOTS_PER_PAGE);
		expect(one.total).toBe(90);
		const two = await commentPage(db, null, 'thread', t.id, one.nextAfter!);
		expect(two.comments[0].html).toContain(`comment ${ROOTS_PER_PAGE}`);
	});

	it('says where a page stands in the discussion, and which comment is newest', async () => {
		const db = conn.db;
		const t = await talk('Counted thread');
		expect(await commentPage(db, null, 'thread', t.id)).toMatchObject({
			total: 0,
			before: 0,
			newest: null
		});
		const roots = await db
			.insert(comments)
			.values(
				Array.from({ length: ROOTS_PER_PAGE + 3 }, (_, i) => ({
					subjectType: 'thread' as const,
					subjectId: t.id,
					authorId: i % 2 ? ana.id : ben.id,
					body: `root ${i}`,
					// Written earlier: outside the hourly limit of the comments posted below.
					createdAt: new Date(Date.now() - 3 * 3600_000)
				}))
			)
			.returning({ id: comments.id });
		// Two replies on the first page: they count before the second page.
		await postComment(db, ana, 'thread', t.id, { body: 'r', parentId: String(roots[0].id) });
		const newest = await postComment(db, ben, 'thread', t.id, {
			body: 'late reply',
			parentId: String(roots[1].id)
		});
		const one = await commentPage(db, null, 'thread', t.id);
		expect(one).toMatchObject({
			total: ROOTS_PER_PAGE + 5,
			before: 0,
			newest: { id: newest.id, rootId: roots[1].id }
		});
		expect(one.comments).toHaveLength(ROOTS_PER_PAGE + 2);
		const two = await commentPage(db, null, 'thread', t.id, one.nextAfter!);
		expect(two.before).toBe(ROOTS_PER_PAGE + 2);
		expect(two.comments).toHaveLength(3);
		expect(two.nextAfter).toBeNull();
		// Past the end: the figures still come.
		const past = await commentPage(db, null, 'thread', t.id, newest.id);
		expect(past).toMatchObject({
			comments: [],
			total: ROOTS_PER_PAGE + 5,
			before: ROOTS_PER_PAGE + 5
		});
	});

	it('applies the per-thread daily cap and slow mode', async () => {
		const db = conn.db;
		const t = await startThread(db, ana, categoryId, {
			title: 'Heated',
			body: 'Argue',
			language: 'en'
		});
		await setWritingLimits(db, { commentsPerThreadPerDay: 2 });
		await postComment(db, ben, 'thread', t.id, { body: 'one' });
		await postComment(db, ben, 'thread', t.id, { body: 'two' });
		await expect(postComment(db, ben, 'thread', t.id, { body: 'three' })).rejects.toThrow(
			TooManyRequests
		);
		await setWritingLimits(db, { commentsPerThreadPerDay: 40 });
		await moderateThread(db, ana, t.id, { slowMode: true });
		await expect(moderateThread(db, ben, t.id, { locked: true })).rejects.toThrow(Forbidden);
		await expect(postComment(db, ben, 'thread', t.id, { body: 'again' })).rejects.toThrow(
			TooManyRequests
		);
		await moderateThread(db, ana, t.id, { locked: true });
		await expect(postComment(db, ana, 'thread', t.id, { body: 'locked' })).rejects.toThrow(
			Forbidden
		);
	});

	it('collapses a comment flagged by enough members, once per member', async () => {
		const db = conn.db;
		const t = await startThread(db, ana, categoryId, { title: 'Flags', body: 'x', language: 'en' });
		const c = await postComment(db, ana, 'thread', t.id, { body: 'rude words' });
		await expect(flagContent(db, ana, 'comment', c.id, { reason: 'abuse' })).rejects.toThrow(
			Forbidden
		);
		await expect(flagContent(db, ben, 'comment', c.id, { reason: 'nonsense' })).rejects.toThrow(
			Invalid
		);
		await flagContent(db, ben, 'comment', c.id, { reason: 'abuse' });
		await expect(flagContent(db, ben, 'comment', c.id, { reason: 'abuse' })).rejects.toThrow();
		await flagContent(db, cai, 'comment', c.id, { reason: 'harassment' });
		expect((await commentPage(db, null, 'thread', t.id)).comments[0].collapsed).toBe(false);
		await flagContent(db, dee, 'comment', c.id, { reason: 'spam', note: 'ads' });
		expect((await commentPage(db, null, 'thread', t.id)).comments[0].collapsed).toBe(true);
	});
});
