import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { images, members } from '$lib/server/db/schema';
import { actorFor } from '$lib/server/db/testing';
import { postComment } from '$lib/server/comments/commands';
import { commentForEdit, commentPage } from '$lib/server/comments/queries';
import { NotFound } from '$lib/server/errors';
import { profileByHandle } from '$lib/server/members/queries';
import { createPost, startThread } from './commands';
import { forumFeed, memberFeed } from './feed-builders';
import {
	forumCategory,
	memberByHandle,
	postById,
	postList,
	recentThreads,
	threadById
} from './queries';
import { openWorld, post } from './test-world';

/**
 * A member who hides their full name keeps it off every byline a visitor reads: lists, pages,
 * comments, forum threads and the feeds (which are public and cached, so always built for a
 * visitor). Members who are logged in see it.
 */
let conn: Connection;
let ana: Actor;
let ben: Actor;
let unconfirmed: Actor;
let categoryId: number;
let postId: number;
let threadId: number;
let commentId: number;
const HIDDEN = 'Haddad';

beforeAll(async () => {
	({ conn, ana, ben, categoryId } = await openWorld());
	const db = conn.db;
	// Ana hides her surname (the default); ben's address is confirmed, cai's is not.
	await db.update(members).set({ displayName: 'Nadia Haddad' }).where(eq(members.id, ana.id));
	const [cai] = await db
		.update(members)
		.set({ emailVerifiedAt: null })
		.where(eq(members.handle, 'cai'))
		.returning({ id: members.id });
	unconfirmed = await actorFor(db, cai.id);
	postId = (await createPost(db, ana, post())).id;
	threadId = (await startThread(db, ana, categoryId, { title: 'Hi', body: 'x', language: 'en' }))
		.id;
	commentId = (await postComment(db, ana, 'post', postId, { body: 'A comment.' })).id;
});
afterAll(async () => {
	await conn?.close();
});

describe('bylines of a member who hides their full name', () => {
	it('show visitors, and accounts nobody confirmed, the first name and initial', async () => {
		const db = conn.db;
		for (const who of [null, unconfirmed]) {
			expect((await postList(db, who)).posts[0].displayName).toBe('Nadia H.');
			expect((await postById(db, who, postId)).author.displayName).toBe('Nadia H.');
			const forum = await forumCategory(db, who, 'general-test');
			expect(forum.threads[0].displayName).toBe('Nadia H.');
			expect((await threadById(db, who, threadId)).author.displayName).toBe('Nadia H.');
			const page = await commentPage(db, who, 'post', postId);
			expect(page.comments[0].author.displayName).toBe('Nadia H.');
			expect((await commentForEdit(db, who, commentId)).displayName).toBe('Nadia H.');
			expect((await memberByHandle(db, who, 'ana')).displayName).toBe('Nadia H.');
		}
	});

	it('show members the full name', async () => {
		const db = conn.db;
		expect((await postList(db, ben)).posts[0].displayName).toBe('Nadia Haddad');
		expect((await postById(db, ben, postId)).author.displayName).toBe('Nadia Haddad');
		expect((await commentPage(db, ben, 'post', postId)).comments[0].author.displayName).toBe(
			'Nadia Haddad'
		);
	});

	it('keep the surname out of every feed', async () => {
		const db = conn.db;
		const origin = 'http://plenary.test';
		for (const response of [
			await memberFeed(db, origin, 'ana', 'en'),
			await forumFeed(db, origin, 'general-test', 'en')
		]) {
			const xml = await response.text();
			expect(xml).toContain('Nadia H.');
			expect(xml).not.toContain(HIDDEN);
		}
		expect((await recentThreads(db, categoryId))[0].displayName).toBe('Nadia H.');
	});

	it('link to the profile only where the reader may open it, as the profile page decides', async () => {
		const db = conn.db;
		// Ana is not listed (the default): a visitor's link would lead to a 404.
		for (const who of [null, unconfirmed]) {
			expect((await postById(db, who, postId)).author.profile).toBe(false);
			expect((await threadById(db, who, threadId)).author.profile).toBe(false);
			expect((await commentPage(db, who, 'post', postId)).comments[0].author.profile).toBe(false);
			await expect(profileByHandle(db, who, 'ana')).rejects.toBeInstanceOf(NotFound);
		}
		for (const who of [ben, ana]) {
			expect((await postById(db, who, postId)).author.profile).toBe(true);
			expect((await profileByHandle(db, who, 'ana')).handle).toBe('ana');
		}
		// Her photo goes where her profile does: not to a visitor while she is not listed.
		await db.insert(images).values({
			ownerId: ana.id,
			purpose: 'avatar',
			key: 'ana-face',
			contentType: 'image/webp',
			width: 64,
			height: 64,
			sizes: { small: { width: 64, height: 64, bytes: 1 } }
		});
		for (const who of [null, unconfirmed]) {
			expect((await postById(db, who, postId)).author.avatar).toBeNull();
			expect((await threadById(db, who, threadId)).author.avatar).toBeNull();
			expect((await commentPage(db, who, 'post', postId)).comments[0].author.avatar).toBeNull();
		}
		expect((await postById(db, ben, postId)).author.avatar).toBe('/media/ana-face');
		await db.update(members).set({ inDirectory: true }).where(eq(members.id, ana.id));
		expect((await postById(db, null, postId)).author.avatar).toBe('/media/ana-face');
		expect((await postById(db, null, postId)).author.profile).toBe(true);
		expect((await profileByHandle(db, null, 'ana')).displayName).toBe('Nadia H.');
	});

	it('keep members-only posts from accounts whose address nobody confirmed', async () => {
		const db = conn.db;
		const inner = await createPost(db, ben, post({ title: 'For members', visibility: 'members' }));
		const titles = async (who: Actor | null) => (await postList(db, who)).posts.map((p) => p.title);
		expect(await titles(ben)).toContain('For members');
		expect(await titles(unconfirmed)).not.toContain('For members');
		await expect(postById(db, unconfirmed, inner.id)).rejects.toBeInstanceOf(NotFound);
	});
});
