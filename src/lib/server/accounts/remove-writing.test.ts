import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, inArray } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { comments, flags, forumThreads, members, posts } from '$lib/server/db/schema';
import { postComment } from '$lib/server/comments/commands';
import { commentPage } from '$lib/server/comments/queries';
import { Invalid } from '$lib/server/errors';
import { createPost, startThread } from '$lib/server/writing/commands';
import { memberFeed, forumFeed } from '$lib/server/writing/feed-builders';
import { FolderStore } from '$lib/server/writing/media-store';
import { postById } from '$lib/server/writing/queries';
import { openWorld, post } from '$lib/server/writing/test-world';
import { deleteAccount } from './credentials';
import { hashPassword } from './passwords';

/**
 * Deleting an account, the member chooses what becomes of their writing: it stays, signed "former
 * member", or it goes. Either way other members' writing is untouched, and nothing names them.
 */
let conn: Connection;
let ana: Actor;
let ben: Actor;
let cai: Actor;
let categoryId: number;
const PASSWORD = 'correct horse battery';
let store: FolderStore;

beforeAll(async () => {
	({ conn, ana, ben, cai, categoryId } = await openWorld());
	const passwordHash = await hashPassword(PASSWORD);
	await conn.db
		.update(members)
		.set({ passwordHash })
		.where(inArray(members.id, [ana.id, cai.id]));
	store = new FolderStore(await mkdtemp(join(tmpdir(), 'plenary-remove-')));
});
afterAll(async () => {
	await conn?.close();
});

/** Some writing by `author`, with ben's replies under it and ben's post they commented on. */
async function writingBy(author: Actor) {
	const db = conn.db;
	const own = await createPost(db, author, post({ title: `By ${author.id}` }));
	const thread = await startThread(db, author, categoryId, {
		title: `Thread by ${author.id}`,
		body: 'Let us talk.',
		language: 'en'
	});
	const bens = await createPost(db, ben, post({ title: `Ben's answer to ${author.id}` }));
	const under = await postComment(db, ben, 'post', own.id, { body: 'Ben under it.' });
	const reply = await postComment(db, author, 'post', own.id, {
		body: 'And my reply.',
		parentId: under.id
	});
	await postComment(db, ben, 'thread', thread.id, { body: 'Ben in the thread.' });
	const elsewhere = await postComment(db, author, 'post', bens.id, { body: 'My words elsewhere.' });
	await db.insert(flags).values({
		subjectType: 'comment',
		subjectId: elsewhere.id,
		memberId: ben.id,
		reason: 'spam'
	});
	return { own, thread, bens, under, reply, elsewhere };
}

describe('deleting an account', () => {
	it('refuses a content choice that is neither keep nor remove, and changes nothing', async () => {
		await expect(
			deleteAccount(
				conn.db,
				ana,
				{ currentPassword: PASSWORD, confirmHandle: 'ana', content: 'hide' },
				store
			)
		).rejects.toBeInstanceOf(Invalid);
		const [row] = await conn.db.select().from(members).where(eq(members.id, ana.id));
		expect(row.deletedAt).toBeNull();
	});

	it('with "remove", takes their posts, threads and comment texts, and leaves others alone', async () => {
		const db = conn.db;
		const w = await writingBy(ana);
		await deleteAccount(
			db,
			ana,
			{ currentPassword: PASSWORD, confirmHandle: 'ana', content: 'remove' },
			store
		);
		expect(await db.select().from(posts).where(eq(posts.id, w.own.id))).toHaveLength(0);
		expect(await db.select().from(forumThreads).where(eq(forumThreads.id, w.thread.id))).toEqual(
			[]
		);
		// The discussion under their post went with it; their comment elsewhere is a tombstone.
		const [under] = await db
			.select({ c: count() })
			.from(comments)
			.where(inArray(comments.id, [w.under.id, w.reply.id]));
		expect(under.c).toBe(0);
		const [tomb] = await db.select().from(comments).where(eq(comments.id, w.elsewhere.id));
		expect(tomb.body).toBe('');
		expect(tomb.deletedAt).not.toBeNull();
		expect(await db.select().from(flags).where(eq(flags.subjectId, w.elsewhere.id))).toEqual([]);
		// Ben's post stands, and its page shows the tombstone in place.
		expect((await postById(db, ben, w.bens.id)).title).toContain("Ben's answer");
		const page = await commentPage(db, ben, 'post', w.bens.id);
		expect(JSON.stringify(page)).not.toContain('My words elsewhere');
	});

	it('with "keep", leaves their writing, signed by nobody (shown as "former member")', async () => {
		const db = conn.db;
		const w = await writingBy(cai);
		await deleteAccount(
			db,
			cai,
			{ currentPassword: PASSWORD, confirmHandle: 'cai', content: 'keep' },
			store
		);
		const kept = await postById(db, ben, w.own.id);
		expect(kept.title).toBe(`By ${cai.id}`);
		expect(kept.author.displayName).toBe('');
		const feed = await (await forumFeed(db, 'https://plenary.test', 'general-test', 'en')).text();
		expect(feed).toContain('<name>Former member</name>');
		expect(feed).not.toContain('/@deleted_');
		// The former member has no feed of their own any more.
		await expect(memberFeed(db, 'https://plenary.test', 'cai', 'en')).rejects.toThrow();
	});
});
