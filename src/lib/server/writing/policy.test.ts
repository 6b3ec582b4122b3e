import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { chapterMemberships, chapters, mandates, members } from '$lib/server/db/schema';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import { can, type WritingAction, type WritingSubjects } from './policy';

let conn: Connection;
const who: Record<string, Actor> = {};
/** The ids the table speaks of, known once the database is filled. */
const ids = { ana: 0, recife: 0, sfax: 0 };

/**
 * ana: an interim member of Recife. ben: a friend in no chapter. lapsed: a member of Recife who
 * has lapsed. orgFacilitator: holds a facilitator mandate for the organisation. recifeFacilitator:
 * holds one for Recife, and belongs to it. Every actor comes from the real loader.
 */
beforeAll(async () => {
	conn = await createTestDatabase();
	const db = conn.db;
	[{ id: ids.recife }, { id: ids.sfax }] = await db
		.insert(chapters)
		.values([
			{ kind: 'local', name: 'Recife', slug: 'recife-policy', country: 'BR', city: 'Recife' },
			{ kind: 'local', name: 'Sfax', slug: 'sfax-policy', country: 'TN', city: 'Sfax' }
		])
		.returning({ id: chapters.id });
	const people = {
		ana: 'interim',
		ben: 'friend',
		lapsed: 'member',
		orgFacilitator: 'member',
		recifeFacilitator: 'member'
	} as const;
	for (const [handle, tier] of Object.entries(people)) {
		const [row] = await db
			.insert(members)
			.values({
				email: `${handle}@example.net`,
				passwordHash: '!',
				handle: handle.toLowerCase(),
				displayName: handle,
				country: 'BR',
				tier,
				emailVerifiedAt: new Date(),
				lapsedAt: handle === 'lapsed' ? new Date() : null
			})
			.returning({ id: members.id });
		if (handle !== 'ben' && handle !== 'orgFacilitator')
			await db.insert(chapterMemberships).values({ chapterId: ids.recife, memberId: row.id });
		if (handle === 'orgFacilitator')
			await db
				.insert(mandates)
				.values({ memberId: row.id, role: 'facilitator', scopeKind: 'organisation' });
		if (handle === 'recifeFacilitator')
			await db.insert(mandates).values({
				memberId: row.id,
				role: 'facilitator',
				scopeKind: 'chapter',
				scopeId: ids.recife
			});
		who[handle] = await actorFor(db, row.id);
	}
	ids.ana = who.ana.id;
});
afterAll(async () => {
	await conn?.close();
});

const post =
	(o: Partial<WritingSubjects['view-post']> = {}) =>
	() => ({
		authorId: ids.ana,
		kind: 'blog',
		status: 'published',
		visibility: 'public',
		chapterId: null,
		...o
	});
const recifePost =
	(o: Partial<WritingSubjects['view-post']> = {}) =>
	() =>
		post({ visibility: 'chapter', chapterId: ids.recife, ...o })();
/** A thread by ana in the organisation's forums, or in Recife's or Sfax's. */
const orgThread = () => ({ authorId: ids.ana, chapterId: null });
const recifeThread = () => ({ authorId: ids.ana, chapterId: ids.recife });
const sfaxThread = () => ({ authorId: ids.ana, chapterId: ids.sfax });
const anaComment = () => ({ authorId: ids.ana, deletedAt: null });
const none = () => null;
const open = () => ({ locked: false });
const recife = () => ({ chapterId: ids.recife });
const sfax = () => ({ chapterId: ids.sfax });

type Row = [string, string | null, WritingAction, () => unknown, boolean];

describe('writing policy', () => {
	it.each<Row>([
		// Reading
		['a visitor reads a public post', null, 'view-post', post(), true],
		[
			'a visitor cannot read a members post',
			null,
			'view-post',
			post({ visibility: 'members' }),
			false
		],
		['a friend reads a members post', 'ben', 'view-post', post({ visibility: 'members' }), true],
		[
			'a chapter member reads its chapter-only news',
			'recifeFacilitator',
			'view-post',
			recifePost(),
			true
		],
		['others cannot read chapter-only news', 'ben', 'view-post', recifePost(), false],
		['nobody else reads a draft', 'ben', 'view-post', post({ status: 'draft' }), false],
		['the author reads their draft', 'ana', 'view-post', post({ status: 'draft' }), true],
		// Writing
		['a visitor cannot write', null, 'write-blog', none, false],
		['a friend writes a blog', 'ben', 'write-blog', none, true],
		['a lapsed member cannot write until back', 'lapsed', 'write-blog', none, false],
		['the author edits a post', 'ana', 'edit-post', post(), true],
		['others cannot edit a post', 'ben', 'edit-post', post(), false],
		['the author deletes a post', 'ana', 'delete-post', post(), true],
		['others cannot delete a post', 'ben', 'delete-post', post(), false],
		[
			'a facilitator cannot delete a member’s post',
			'recifeFacilitator',
			'delete-post',
			post(),
			false
		],
		['a visitor cannot delete a post', null, 'delete-post', post(), false],
		['chapter members write chapter news', 'ana', 'write-chapter-news', recife, true],
		['others cannot write chapter news', 'ben', 'write-chapter-news', recife, false],
		[
			'a lapsed chapter member cannot write chapter news',
			'lapsed',
			'write-chapter-news',
			recife,
			false
		],
		['a member cannot write organisation news', 'ana', 'write-organisation-news', none, false],
		[
			'an organisation facilitator writes organisation news',
			'orgFacilitator',
			'write-organisation-news',
			none,
			true
		],
		[
			'a chapter facilitator cannot write organisation news',
			'recifeFacilitator',
			'write-organisation-news',
			none,
			false
		],
		// Forums
		[
			'a friend starts a thread in the organisation forums',
			'ben',
			'start-thread',
			() => ({ chapterId: null }),
			true
		],
		['a member starts a thread in their chapter forum', 'ana', 'start-thread', recife, true],
		[
			'nobody starts a thread in a chapter forum they are not in',
			'ana',
			'start-thread',
			sfax,
			false
		],
		['a lapsed member cannot start a thread', 'lapsed', 'start-thread', recife, false],
		['the thread author locks it', 'ana', 'lock-thread', orgThread, true],
		['the thread author puts it in slow mode', 'ana', 'set-slow-mode', orgThread, true],
		['others cannot lock it', 'ben', 'lock-thread', orgThread, false],
		['a member cannot pin, not even their own thread', 'ana', 'pin-thread', orgThread, false],
		[
			'an organisation facilitator pins in the organisation forums',
			'orgFacilitator',
			'pin-thread',
			orgThread,
			true
		],
		[
			'an organisation facilitator pins in any chapter forum',
			'orgFacilitator',
			'pin-thread',
			sfaxThread,
			true
		],
		[
			'an organisation facilitator locks a thread',
			'orgFacilitator',
			'lock-thread',
			recifeThread,
			true
		],
		[
			'a chapter facilitator pins in their chapter forum',
			'recifeFacilitator',
			'pin-thread',
			recifeThread,
			true
		],
		[
			'a chapter facilitator locks in their chapter forum',
			'recifeFacilitator',
			'lock-thread',
			recifeThread,
			true
		],
		[
			'a chapter facilitator sets slow mode in their chapter forum',
			'recifeFacilitator',
			'set-slow-mode',
			recifeThread,
			true
		],
		[
			'a chapter facilitator cannot pin in another chapter forum',
			'recifeFacilitator',
			'pin-thread',
			sfaxThread,
			false
		],
		[
			'a chapter facilitator cannot pin in the organisation forums',
			'recifeFacilitator',
			'pin-thread',
			orgThread,
			false
		],
		[
			'a chapter facilitator cannot lock in another chapter forum',
			'recifeFacilitator',
			'lock-thread',
			sfaxThread,
			false
		],
		['a visitor cannot pin', null, 'pin-thread', orgThread, false],
		// Comments
		['nobody comments in a locked discussion', 'ana', 'comment', () => ({ locked: true }), false],
		['a friend comments', 'ben', 'comment', open, true],
		['a visitor cannot comment', null, 'comment', open, false],
		['a lapsed member cannot comment until back', 'lapsed', 'comment', open, false],
		['the author edits a comment', 'ana', 'edit-comment', anaComment, true],
		[
			'a deleted comment cannot be edited',
			'ana',
			'edit-comment',
			() => ({ authorId: ids.ana, deletedAt: new Date() }),
			false
		],
		['others cannot delete a comment', 'ben', 'delete-comment', anaComment, false],
		['the author deletes a comment', 'ana', 'delete-comment', anaComment, true],
		['nobody flags their own words', 'ana', 'flag', anaComment, false],
		['a friend flags others', 'ben', 'flag', anaComment, true],
		['a visitor cannot flag', null, 'flag', anaComment, false],
		['a lapsed member cannot flag until back', 'lapsed', 'flag', anaComment, false],
		// Images
		[
			'a friend uploads an image for a post',
			'ben',
			'upload-image',
			() => ({ purpose: 'post' }),
			true
		],
		[
			'a lapsed member cannot upload an image for a post',
			'lapsed',
			'upload-image',
			() => ({ purpose: 'post' }),
			false
		],
		[
			'a lapsed member may still change their photo',
			'lapsed',
			'upload-image',
			() => ({ purpose: 'avatar' }),
			true
		],
		['a visitor cannot upload', null, 'upload-image', () => ({ purpose: 'avatar' }), false]
	])('%s', (_name, actor, action, subject, expected) => {
		const a = actor ? who[actor] : null;
		expect(can(a, action, subject() as WritingSubjects[typeof action])).toBe(expected);
	});
});
