import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { count } from 'drizzle-orm';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { postVersions, posts } from '$lib/server/db/schema';
import { Forbidden, Invalid, NotFound } from '$lib/server/errors';
import { flagContent } from '$lib/server/comments/commands';
import { createPost, editPost } from './commands';
import { postById, postHistory, postList } from './queries';
import { search } from '$lib/server/search/queries';
import { setWritingLimits } from './settings';
import { atomResponse } from './feeds';
import { uploadImage, imageFile } from './images';
import { FolderStore } from './media-store';
import { openWorld, post } from './test-world';

let conn: Connection;
let ana: Actor;
let ben: Actor;
let chapterId: number;

beforeAll(async () => {
	({ conn, ana, ben, chapterId } = await openWorld());
});
afterAll(async () => {
	await conn?.close();
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

	it('reads a query with the stemmer of every language the writing is indexed in', async () => {
		const db = conn.db;
		await setWritingLimits(db, { postsPerDay: 100 });
		await createPost(
			db,
			ana,
			post({ title: 'Logement', body: 'Les locataires se sont organisés.', language: 'fr' })
		);
		await createPost(
			db,
			ana,
			post({
				title: 'Wohnen',
				body: 'Die Mieterinnen organisierten Versammlungen.',
				language: 'de'
			})
		);
		// A word in another form than the text's: found only through the language's stemmer.
		expect((await search(db, null, 'fr', 'locataire organisé')).map((h) => h.title)).toContain(
			'Logement'
		);
		expect((await search(db, null, 'de', 'Versammlung')).map((h) => h.title)).toContain('Wohnen');
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
