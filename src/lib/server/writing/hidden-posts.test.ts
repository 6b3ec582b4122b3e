import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { posts } from '$lib/server/db/schema';
import { createPost, editPost } from './commands';
import { newMember, openWorld, post } from './test-world';

/**
 * Editing a post one may not read answers as the page does: not found (404), never a 403 that
 * would tell a draft or another chapter's post is there.
 */
let conn: Connection;
let ana: Actor;
let ben: Actor;
let chapterId: number;

beforeAll(async () => {
	({ conn, ana, ben, chapterId } = await openWorld());
});
afterAll(() => conn?.close());

describe('a hidden post', () => {
	it('is not found by someone who may not read it, and stays as it was', async () => {
		const db = conn.db;
		const draft = await createPost(db, ana, post({ title: 'Not yet', publish: '' }));
		const local = await createPost(
			db,
			ana,
			post({ title: 'Recife only', visibility: 'chapter', kind: 'chapter', chapterId })
		);
		for (const id of [draft.id, local.id])
			await expect(
				editPost(db, ben, id, post({ title: 'Taken over', visibility: 'public' }))
			).rejects.toMatchObject({ status: 404 });
		// A reader of the chapter's post who is not its author is refused, as before.
		const reader = await newMember(db, 'rita', { chapter: chapterId });
		await expect(
			editPost(db, reader, local.id, post({ title: 'Taken over', visibility: 'chapter' }))
		).rejects.toMatchObject({ status: 403 });
		const titles = await db
			.select({ title: posts.title })
			.from(posts)
			.where(eq(posts.authorId, ana.id));
		expect(titles.map((t) => t.title).sort()).toEqual(['Not yet', 'Recife only']);
	});
});
