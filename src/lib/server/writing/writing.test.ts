import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { count, eq } from 'drizzle-orm';
import { parseFeed } from '@rowanmanning/feed-parser';
import { createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import {
	chapterMemberships,
	chapters,
	commentVersions,
	comments,
	events,
	forumCategories,
	members,
	postVersions,
	posts
} from '$lib/server/db/schema';
import { Forbidden, Invalid, NotFound, TooManyRequests } from '$lib/server/errors';
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
import { readerFor } from './reader';
import { search } from './search';
import { setWritingLimits } from './settings';
import { atomResponse } from './feeds';
import { uploadImage, imageFile } from './images';
import { FolderStore } from './media-store';

let conn: Connection;
let ana: { id: number; tier: string };
let ben: { id: number; tier: string };
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
		.returning({ id: members.id, tier: members.tier });
	[ana, ben] = rows;
	[{ id: chapterId }] = await db
		.insert(chapters)
		.values({ kind: 'local', name: 'Recife', slug: 'recife-test', country: 'BR', city: 'Recife' })
		.returning({ id: chapters.id });
	await db.insert(chapterMemberships).values({ chapterId, memberId: ana.id });
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
		await expect(postById(db, await readerFor(db, ben), draft.id)).rejects.toThrow(NotFound);
		expect((await postById(db, await readerFor(db, ana), draft.id)).status).toBe('draft');
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
		const titles = async (actor: typeof ana | null) =>
			(await postList(db, await readerFor(db, actor))).posts.map((p) => p.title);
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
		const page = await commentPage(db, await readerFor(db, ana), 'post', p.id);
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
		const [, , cai, dee] = await db
			.select({ id: members.id, tier: members.tier })
			.from(members)
			.orderBy(members.id);
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
		expect(
			(await search(db, await readerFor(db, ben), 'en', 'tenants')).map((h) => h.title)
		).toContain('Hidden tenants');
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
