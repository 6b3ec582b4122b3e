import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection, Db } from '$lib/server/db/client';
import { postComment } from '$lib/server/comments/commands';
import { commentForEdit, commentHistory } from '$lib/server/comments/queries';
import { loadDiscussion } from '$lib/server/comments/actions';
import { moderationSubjectOf } from '$lib/server/moderation/subjects';
import '$lib/server/moderatables';
import { createPost, startThread } from './commands';
import { forumCategory, postById, postHistory, postList, threadById } from './queries';
import { search } from '$lib/server/search/queries';
import { openWorld, post } from './test-world';

/**
 * What a jury hid is hidden on every surface, not only on its own page: lists, feeds and search
 * leave it out, its page and page data carry no text, its history and quotes give none. Its
 * author still reads their own words.
 */
let conn: Connection;
let db: Db;
let ana: Actor; // the author
let ben: Actor; // a reader
let postId: number;
let threadId: number;
let commentId: number;
const categorySlug = 'general-test';

async function hide(type: string, id: number) {
	await db.transaction((tx) => moderationSubjectOf(type).setHidden(tx, id, true));
}

beforeAll(async () => {
	let categoryId: number;
	({ conn, ana, ben, categoryId } = await openWorld());
	db = conn.db;
	postId = (await createPost(db, ana, post({ title: 'Quokka manifesto', body: 'quokka words' })))
		.id;
	threadId = (
		await startThread(db, ana, categoryId, {
			title: 'Quokka thread',
			body: 'quokka thread words',
			language: 'en'
		})
	).id;
	commentId = (await postComment(db, ana, 'thread', threadId, { body: 'quokka comment words' })).id;
	// Found everywhere before the verdict.
	expect((await search(db, ben, 'en', 'quokka')).length).toBe(3);
	for (const [type, id] of [
		['post', postId],
		['thread', threadId],
		['comment', commentId]
	] as const)
		await hide(type, id);
});
afterAll(() => conn?.close());

describe('a hidden post, thread or comment', () => {
	it('is in no list, feed or search', async () => {
		expect((await postList(db, ben)).posts.map((p) => p.id)).not.toContain(postId);
		expect((await postList(db, null)).posts.map((p) => p.id)).not.toContain(postId);
		const category = await forumCategory(db, null, categorySlug);
		expect(JSON.stringify(category)).not.toContain('Quokka thread');
		for (const reader of [ben, null, ana])
			expect(await search(db, reader, 'en', 'quokka')).toEqual([]);
	});

	it('sends no text with its page, its history or a quote, but to its author', async () => {
		const p = await postById(db, ben, postId);
		expect([p.hidden, p.html, p.body]).toEqual([true, '', '']);
		expect((await postHistory(db, ben, postId)).versions).toEqual([]);
		const t = await threadById(db, ben, threadId);
		expect([t.hidden, t.html, t.body]).toEqual([true, '', '']);
		expect((await commentForEdit(db, ben, commentId)).body).toBe('');
		expect((await commentHistory(db, ben, commentId)).versions).toEqual([]);
		const url = new URL(`http://localhost/threads/${threadId}?quote=${commentId}`);
		const discussion = await loadDiscussion(
			{ locals: { db } as App.Locals, url, isDataRequest: false },
			ben,
			'thread',
			threadId
		);
		expect(discussion.quote).toBeNull();
		expect(JSON.stringify(discussion)).not.toContain('quokka comment words');

		expect((await postById(db, ana, postId)).body).toBe('quokka words');
		expect((await postHistory(db, ana, postId)).versions).toHaveLength(1);
		expect((await commentForEdit(db, ana, commentId)).body).toBe('quokka comment words');
	});
});
