import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { flags, projects } from '$lib/server/db/schema';
import { createPost } from '$lib/server/writing/commands';
import { openWorld, post } from '$lib/server/writing/test-world';
import { deleteComment, flagContent, postComment } from './commands';

/**
 * A flag is read through the rule the reader is shown the item by: what the flagger may not see
 * (a comment under a chapter-only post or a chapter's project, a draft, a deleted comment) does
 * not exist for them, so the answer is 404 and nothing is written, never a 403 that would tell it
 * exists.
 */
let conn: Connection;
let ana: Actor;
let ben: Actor;
let chapterId: number;

beforeAll(async () => {
	({ conn, ana, ben, chapterId } = await openWorld());
});
afterAll(() => conn?.close());

const flagCount = async () => (await conn.db.select({ n: count() }).from(flags))[0].n;
const notFound = { status: 404 };

describe('flags', () => {
	it('cannot reach a comment under a post the flagger may not read', async () => {
		const db = conn.db;
		// Ana is in Recife; Ben is not.
		const p = await createPost(
			db,
			ana,
			post({ visibility: 'chapter', kind: 'chapter', chapterId })
		);
		const c = await postComment(db, ana, 'post', p.id, { body: 'For Recife only.' });
		const before = await flagCount();
		await expect(flagContent(db, ben, 'comment', c.id, { reason: 'abuse' })).rejects.toMatchObject(
			notFound
		);
		await expect(flagContent(db, ben, 'post', p.id, { reason: 'abuse' })).rejects.toMatchObject(
			notFound
		);
		expect(await flagCount()).toBe(before);
	});

	it('cannot reach a comment on a chapter’s project the flagger may not see', async () => {
		const db = conn.db;
		const [{ id }] = await db
			.insert(projects)
			.values({
				title: 'Recife pantry',
				goals: 'Food for all.',
				chapterId,
				visibility: 'chapter',
				proposedBy: ana.id
			})
			.returning({ id: projects.id });
		const c = await postComment(db, ana, 'project', id, { body: 'Inside talk.' });
		await expect(flagContent(db, ben, 'comment', c.id, { reason: 'abuse' })).rejects.toMatchObject(
			notFound
		);
	});

	it('cannot reach a draft, a deleted comment, or something that is not flaggable', async () => {
		const db = conn.db;
		const d = await createPost(db, ana, post({ publish: '' }));
		await expect(flagContent(db, ben, 'post', d.id, { reason: 'spam' })).rejects.toMatchObject(
			notFound
		);
		const p = await createPost(db, ana, post());
		const c = await postComment(db, ana, 'post', p.id, { body: 'Soon gone.' });
		await deleteComment(db, ana, c.id);
		await expect(flagContent(db, ben, 'comment', c.id, { reason: 'spam' })).rejects.toMatchObject(
			notFound
		);
		await expect(flagContent(db, ben, 'member', ana.id, { reason: 'spam' })).rejects.toMatchObject(
			notFound
		);
		expect(
			(await db.select({ n: count() }).from(flags).where(eq(flags.memberId, ben.id)))[0].n
		).toBe(0);
	});

	it('nor delete, for anyone but its author, a comment on what they may not read', async () => {
		const db = conn.db;
		const p = await createPost(
			db,
			ana,
			post({ title: 'Recife again', visibility: 'chapter', kind: 'chapter', chapterId })
		);
		const c = await postComment(db, ana, 'post', p.id, { body: 'Ours.' });
		await expect(deleteComment(db, ben, c.id)).rejects.toMatchObject(notFound);
		await deleteComment(db, ana, c.id);
	});

	it('still takes a flag on what the flagger can read', async () => {
		const db = conn.db;
		const p = await createPost(db, ana, post({ title: 'Open to all' }));
		const c = await postComment(db, ana, 'post', p.id, { body: 'Public words.' });
		await flagContent(db, ben, 'comment', c.id, { reason: 'abuse' });
		await flagContent(db, ben, 'post', p.id, { reason: 'abuse' });
	});
});
