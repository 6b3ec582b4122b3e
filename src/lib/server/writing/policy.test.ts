import { describe, expect, it } from 'vitest';
import { can, type Reader, type WritingAction } from './policy';

const ana: Reader = { id: 1, tier: 'interim', chapterIds: [10] };
const ben: Reader = { id: 2, tier: 'friend', chapterIds: [] };
const fac: Reader = { id: 3, tier: 'facilitator', chapterIds: [] };
const post = (o: object = {}) => ({
	authorId: 1,
	kind: 'blog',
	status: 'published',
	visibility: 'public',
	chapterId: null,
	...o
});

describe('writing policy', () => {
	it.each<[string, Reader, WritingAction, object, boolean]>([
		['a visitor reads a public post', null, 'view-post', post(), true],
		[
			'a visitor cannot read a members post',
			null,
			'view-post',
			post({ visibility: 'members' }),
			false
		],
		['a member reads a members post', ben, 'view-post', post({ visibility: 'members' }), true],
		[
			'a chapter member reads chapter-only news',
			ana,
			'view-post',
			post({ authorId: 2, visibility: 'chapter', chapterId: 10 }),
			true
		],
		[
			'others cannot read chapter-only news',
			ben,
			'view-post',
			post({ authorId: 1, visibility: 'chapter', chapterId: 10 }),
			false
		],
		['nobody else reads a draft', ben, 'view-post', post({ status: 'draft' }), false],
		['the author reads their draft', ana, 'view-post', post({ status: 'draft' }), true],
		['a visitor cannot write', null, 'write-blog', {}, false],
		['a friend writes a blog', ben, 'write-blog', {}, true],
		['the author edits a post', ana, 'edit-post', post(), true],
		['others cannot edit a post', ben, 'edit-post', post(), false],
		['chapter members write chapter news', ana, 'write-chapter-news', { chapterId: 10 }, true],
		['others cannot write chapter news', ben, 'write-chapter-news', { chapterId: 10 }, false],
		['only facilitators write organisation news', ana, 'write-organisation-news', {}, false],
		['a facilitator writes organisation news', fac, 'write-organisation-news', {}, true],
		['nobody comments in a locked thread', ana, 'comment', { locked: true }, false],
		['members comment', ben, 'comment', { locked: false }, true],
		['the author edits a comment', ana, 'edit-comment', { authorId: 1 }, true],
		[
			'a deleted comment cannot be edited',
			ana,
			'edit-comment',
			{ authorId: 1, deletedAt: new Date() },
			false
		],
		['others cannot delete a comment', ben, 'delete-comment', { authorId: 1 }, false],
		['nobody flags their own words', ana, 'flag', { authorId: 1 }, false],
		['members flag others', ben, 'flag', { authorId: 1 }, true],
		['a visitor cannot flag', null, 'flag', { authorId: 1 }, false],
		['the thread author locks it', ana, 'lock-thread', { authorId: 1 }, true],
		['others cannot lock it', ben, 'lock-thread', { authorId: 1 }, false],
		['a facilitator pins', fac, 'pin-thread', {}, true],
		['a member cannot pin', ana, 'pin-thread', {}, false]
	])('%s', (_name, actor, action, subject, expected) => {
		expect(can(actor, action, subject)).toBe(expected);
	});
});
