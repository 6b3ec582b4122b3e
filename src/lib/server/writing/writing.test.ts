import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { count, eq } from 'drizzle-orm';
import { parseFeed } from '@rowanmanning/feed-parser';
import '$lib/server/commentables';
import type { Actor } from '$lib/domain/members/actor';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import {
	chapterMemberships,
	chapters,
	commentVersions,
	comments,
	events,
	forumCategories,
	forumThreads,
	mandates,
	members,
	postVersions,
	posts
} from '$lib/server/db/schema';
import { Conflict, Forbidden, Invalid, NotFound, TooManyRequests } from '$lib/server/errors';
import {
	deleteComment,
	editComment,
	flagContent,
	mentionedHandles,
	postComment
} from '$lib/server/comments/commands';
import { ROOTS_PER_PAGE, commentHistory, commentPage } from '$lib/server/comments/queries';
import { createPost, editPost, moderateThread, startThread } from './commands';
import { postById, postHistory, postList } from './queries';
import { search } from './search';
import { setWritingLimits } from './settings';
import { atomResponse } from './feeds';
import { uploadImage, imageFile } from './images';
import { FolderStore } from './media-store';

let conn: Connection;
let ana: Actor;
let ben: Actor;
let cai: Actor;
let dee: Actor;
let chapterId: number;
let categoryId: number;

beforeAll(async () => {
	conn = await createTestDatabase();
	const db = conn.db;
	const rows = await db
		.insert(members)
		.values(
			['ana', 'ben', 'cai', 'dee'].map((h) => ({
				email: `${h}@example.net`,
				passwordHash: 'x',
				handle: h,
				displayName: h.toUpperCase(),
				country: 'BR',
				emailVerifiedAt: new Date()
			}))
		)
		.returning({ id: members.id });
	[{ id: chapterId }] = await db
		.insert(chapters)
		.values({ kind: 'local', name: 'Recife', slug: 'recife-test', country: 'BR', city: 'Recife' })
		.returning({ id: chapters.id });
	await db.insert(chapterMemberships).values({ chapterId, memberId: rows[0].id });
	[ana, ben, cai, dee] = await Promise.all(rows.map((r) => actorFor(db, r.id)));
	[{ id: categoryId }] = await db
		.insert(forumCategories)
		.values({ slug: 'general-test', name: 'General' })
		.returning({ id: forumCategories.id });
});
afterAll(async () => {
	await conn?.close();
});

const post = (o: Record<string, unknown> = {}) => ({
	title: 'Why chapters matter',
	body: 'Chapters are where **organising** happens. @ben agrees.',
	language: 'en',
	tags: 'chapters, organising',
	visibility: 'public',
	publish: 'true',
	...o
});

describe('posts', () => {
	it('publishes, edits with kept versions, and hides drafts from others', async () => {
		const db = conn.db;
		const created = await createPost(db, ana, post());
		expect(created.status).toBe('published');
		await editPost(db, ana, created.id, post({ body: 'Chapters are where organising lives.' }));
		const history = await postHistory(db, null, created.id);
		expect(history.versions.map((v) => v.version)).toEqual([2, 1]);
		expect(history.post.tags).toEqual(['chapters', 'organising']);

		const draft = await createPost(db, ana, post({ title: 'Secret draft', publish: '' }));
		await expect(postById(db, ben, draft.id)).rejects.toThrow(NotFound);
		expect((await postById(db, ana, draft.id)).status).toBe('draft');
		await expect(editPost(db, ben, created.id, post())).rejects.toThrow(Forbidden);
	});

	it('respects members-only and chapter-only visibility in lists', async () => {
		const db = conn.db;
		await createPost(db, ana, post({ title: 'Members only', visibility: 'members' }));
		await createPost(
			db,
			ana,
			post({
				title: 'Recife news',
				kind: 'chapter',
				visibility: 'chapter',
				chapterId: String(chapterId)
			})
		);
		const titles = async (actor: Actor | null) =>
			(await postList(db, actor)).posts.map((p) => p.title);
		expect(await titles(null)).not.toContain('Members only');
		expect(await titles(ben)).toContain('Members only');
		expect(await titles(ben)).not.toContain('Recife news');
		expect(await titles(ana)).toContain('Recife news');
		await expect(
			createPost(
				db,
				ben,
				post({ kind: 'chapter', visibility: 'chapter', chapterId: String(chapterId) })
			)
		).rejects.toThrow(Invalid);
		await expect(createPost(db, ben, post({ kind: 'organisation' }))).rejects.toThrow(Forbidden);
	});

	it('refuses bad input and changes nothing', async () => {
		const db = conn.db;
		const [{ n: before }] = await db.select({ n: count() }).from(posts);
		await expect(createPost(db, ana, post({ title: '' }))).rejects.toThrow(Invalid);
		await expect(createPost(db, ana, post({ visibility: 'everyone' }))).rejects.toThrow(Invalid);
		const [{ n: after }] = await db.select({ n: count() }).from(posts);
		expect(after).toBe(before);
		const [{ n: versions }] = await db.select({ n: count() }).from(postVersions);
		expect(Number(versions)).toBeGreaterThan(0);
	});
});

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
		const t = await startThread(db, ana, categoryId, {
			title: 'Big thread',
			body: 'Talk',
			language: 'en'
		});
		await db.insert(comments).values(
			Array.from({ length: 90 }, (_, i) => ({
				subjectType: 'thread',
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

describe('search', () => {
	it('finds stemmed words, highlights them, and respects visibility', async () => {
		const db = conn.db;
		await setWritingLimits(db, { postsPerDay: 100 });
		await createPost(
			db,
			ana,
			post({ title: 'Organising tenants', body: 'We organised the <tenants> of the block.' })
		);
		await createPost(
			db,
			ana,
			post({ title: 'Hidden tenants', body: 'tenants tenants', visibility: 'members' })
		);
		await createPost(
			db,
			ana,
			post({ title: 'Vivienda', body: 'Las asambleas de inquilinos', language: 'es' })
		);
		const hits = await search(db, null, 'en', 'organise tenants');
		expect(hits[0].title).toBe('Organising tenants');
		expect(hits[0].snippet).toContain('<mark>');
		expect(hits[0].snippet).not.toContain('<tenants>');
		expect(hits.map((h) => h.title)).not.toContain('Hidden tenants');
		expect((await search(db, ben, 'en', 'tenants')).map((h) => h.title)).toContain(
			'Hidden tenants'
		);
		expect((await search(db, null, 'es', 'inquilino')).map((h) => h.title)).toContain('Vivienda');
		expect((await search(db, null, 'ar', 'inquilinos')).map((h) => h.title)).toContain('Vivienda');
	});
});

describe('feeds', () => {
	it('is an Atom feed that a feed parser reads', async () => {
		const list = await postList(conn.db, null, {});
		const response = atomResponse({
			id: 'tag:plenary.test,2012:/blog',
			title: 'Blog & <news>',
			selfUrl: 'http://plenary.test/feeds/blog.xml',
			pageUrl: 'http://plenary.test/blog',
			entries: list.posts.map((p) => ({
				id: `tag:plenary.test,2012:/posts/${p.id}`,
				title: p.title,
				url: `http://plenary.test${p.url}`,
				updated: p.updatedAt,
				published: p.publishedAt!,
				author: { name: p.displayName },
				html: '<p>x &amp; y</p>',
				categories: p.tags
			}))
		});
		const feed = parseFeed(await response.text());
		expect(feed.meta.type).toBe('atom');
		expect(feed.title).toBe('Blog & <news>');
		expect(feed.items.length).toBe(list.posts.length);
		expect(feed.items[0].content).toBe('<p>x & y</p>');
	});
});

describe('images', () => {
	it('strips EXIF and location, resizes, and refuses what is not an image', async () => {
		const store = new FolderStore(await mkdtemp(join(tmpdir(), 'plenary-media-')));
		const photo = await sharp({
			create: { width: 2000, height: 1200, channels: 3, background: '#c33' }
		})
			.jpeg()
			.withExif({
				IFD0: { Make: 'Spycam', Copyright: 'Ana' },
				IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '8/1 3/1 0/1' }
			})
			.toBuffer();
		expect((await sharp(photo).metadata()).exif).toBeTruthy();
		const image = await uploadImage(conn.db, store, ana, 'post', {
			bytes: photo,
			alt: 'A red wall'
		});
		const file = await imageFile(conn.db, image.key);
		const stored = await store.get(file!.name);
		const meta = await sharp(stored!).metadata();
		expect(meta.format).toBe('webp');
		expect(meta.width).toBe(960);
		expect(meta.exif).toBeUndefined();
		expect(meta.xmp).toBeUndefined();
		expect(stored!.includes(Buffer.from('Spycam'))).toBe(false);

		const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
		await expect(uploadImage(conn.db, store, ana, 'post', { bytes: svg })).rejects.toThrow(Invalid);
		const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('not really')]);
		await expect(uploadImage(conn.db, store, ana, 'avatar', { bytes: fake })).rejects.toThrow(
			Invalid
		);
		await expect(
			uploadImage(conn.db, store, ana, 'avatar', { bytes: new Uint8Array(9 * 1024 * 1024) })
		).rejects.toThrow(Invalid);
	});
});

describe('messages', () => {
	it('names the field and the reason', async () => {
		const err = await flagContent(conn.db, ben, 'post', 1, {}).catch((e) => e);
		expect(err).toBeInstanceOf(Invalid);
		expect(err.fields).toEqual({ reason: 'flag_error_reason' });
		const long = await createPost(conn.db, ana, post({ title: 'x'.repeat(201) })).catch((e) => e);
		expect(long.fields).toEqual({ title: 'post_error_title_long' });
	});
});

/** A new member (with the chapters and mandates given), as the real loader builds them. */
async function newMember(
	handle: string,
	o: { chapter?: number; mandate?: 'organisation' | number; lapsed?: boolean } = {}
): Promise<Actor> {
	const db = conn.db;
	const [row] = await db
		.insert(members)
		.values({
			email: `${handle}@example.net`,
			passwordHash: 'x',
			handle,
			displayName: handle.toUpperCase(),
			country: 'BR',
			emailVerifiedAt: new Date(),
			lapsedAt: o.lapsed ? new Date() : null
		})
		.returning({ id: members.id });
	if (o.chapter)
		await db.insert(chapterMemberships).values({ chapterId: o.chapter, memberId: row.id });
	if (o.mandate)
		await db
			.insert(mandates)
			.values(
				o.mandate === 'organisation'
					? { memberId: row.id, role: 'facilitator', scopeKind: 'organisation' }
					: { memberId: row.id, role: 'facilitator', scopeKind: 'chapter', scopeId: o.mandate }
			);
	return actorFor(db, row.id);
}

describe('rights and roles', () => {
	it('refuses a lapsed member a post and a comment', async () => {
		const db = conn.db;
		const lou = await newMember('lou');
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
		const fay = await newMember('fay', { mandate: 'organisation' });
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
		const cam = await newMember('cam', { chapter: chapterId, mandate: chapterId });
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
