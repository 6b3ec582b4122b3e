import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import { actorFor } from '$lib/server/db/testing';
import { forumCategories, forumThreads } from '$lib/server/db/schema';
import { makeMembers, openWorld, type World } from '$lib/server/decisions/test-world';
import { grantMandate } from '$lib/server/mandates/commands';
import { moderateThread, startThread } from './commands';
import { forumIndex } from './queries';
import { archiveForum, chapterForums, createForum, renameForum } from './forums';

let w: World;
let facilitator: Actor;
let elsewhere: Actor;
beforeAll(async () => {
	w = await openWorld();
	const [f, e] = await makeMembers(w.db, 2, 'fac');
	await w.db.execute(
		sql`insert into chapter_memberships (chapter_id, member_id) values (${w.chapterId}, ${f.id})`
	);
	await w.db.transaction(async (tx) => {
		await grantMandate(tx, null, {
			memberId: f.id,
			role: 'facilitator',
			scope: { kind: 'chapter', id: w.chapterId }
		});
		await grantMandate(tx, null, {
			memberId: e.id,
			role: 'facilitator',
			scope: { kind: 'chapter', id: w.countryId }
		});
	});
	facilitator = await actorFor(w.db, f.id);
	elsewhere = await actorFor(w.db, e.id);
});
afterAll(() => w.conn.close());

const forum = async (id: number) =>
	(await w.db.select().from(forumCategories).where(eq(forumCategories.id, id)))[0];

describe('a chapter’s forums', () => {
	let id: number;

	it('are created by the chapter’s facilitators only', async () => {
		const input = { name: 'Housing', description: 'Rents and repairs.' };
		await expect(createForum(w.db, w.people[0], w.chapterId, input)).rejects.toMatchObject({
			status: 403
		});
		await expect(createForum(w.db, elsewhere, w.chapterId, input)).rejects.toMatchObject({
			status: 403
		});
		await expect(createForum(w.db, null, w.chapterId, input)).rejects.toMatchObject({
			status: 401
		});
		const made = await createForum(w.db, facilitator, w.chapterId, input);
		id = made.id;
		expect(await forum(id)).toMatchObject({ chapterId: w.chapterId, name: 'Housing' });
	});

	it('refuse bad input, a name taken in the chapter and an unknown chapter, changing nothing', async () => {
		const before = (await w.db.select().from(forumCategories)).length;
		await expect(
			createForum(w.db, facilitator, w.chapterId, { name: 'x'.repeat(81) })
		).rejects.toMatchObject({ status: 400 });
		await expect(createForum(w.db, facilitator, w.chapterId, { name: ' ' })).rejects.toMatchObject({
			status: 400
		});
		await expect(
			createForum(w.db, facilitator, w.chapterId, { name: 'Housing' })
		).rejects.toMatchObject({ status: 409 });
		await expect(createForum(w.db, facilitator, 999_999, { name: 'Food' })).rejects.toMatchObject({
			status: 404
		});
		expect(await w.db.select().from(forumCategories)).toHaveLength(before);
	});

	it('are renamed (the address stays) and archived: no new threads, not listed, still readable', async () => {
		const { slug } = await forum(id);
		await expect(
			renameForum(w.db, w.people[0], w.chapterId, id, { name: 'Homes' })
		).rejects.toMatchObject({ status: 403 });
		await expect(
			renameForum(w.db, facilitator, w.chapterId, 999_999, { name: 'Homes' })
		).rejects.toMatchObject({ status: 404 });
		await renameForum(w.db, facilitator, w.chapterId, id, { name: 'Homes', description: '' });
		expect(await forum(id)).toMatchObject({ name: 'Homes', slug });

		const thread = await startThread(w.db, w.people[0], id, {
			title: 'Rent strike?',
			body: 'Shall we?',
			language: 'en'
		});
		await expect(
			archiveForum(w.db, w.people[0], w.chapterId, { forum: String(id), archived: 'true' })
		).rejects.toMatchObject({ status: 403 });
		await archiveForum(w.db, facilitator, w.chapterId, { forum: String(id), archived: 'true' });
		await expect(
			startThread(w.db, w.people[0], id, { title: 'Another', body: 'Hm.', language: 'en' })
		).rejects.toMatchObject({ status: 409 });
		expect((await forumIndex(w.db)).map((f) => f.id)).not.toContain(id);
		const page = await chapterForums(w.db, facilitator, 'recife-dtest');
		expect(page.canManage).toBe(true);
		expect(page.forums.find((f) => f.id === id)).toMatchObject({ archived: true, threads: 1 });
		expect((await chapterForums(w.db, w.people[0], 'recife-dtest')).canManage).toBe(false);

		// Pinning and locking in the chapter's forum: its facilitator's mandate, nobody else's.
		await expect(
			moderateThread(w.db, elsewhere, thread.id, { pinned: true })
		).rejects.toMatchObject({ status: 403 });
		await moderateThread(w.db, facilitator, thread.id, { pinned: true, locked: true });
		const [t] = await w.db.select().from(forumThreads).where(eq(forumThreads.id, thread.id));
		expect(t).toMatchObject({ pinned: true, locked: true });

		await archiveForum(w.db, facilitator, w.chapterId, { forum: String(id), archived: 'false' });
		expect((await forumIndex(w.db)).map((f) => f.id)).toContain(id);
	});
});
