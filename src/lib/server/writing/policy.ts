/**
 * Who may do what with posts, forum threads and comments. Pure: the commands and queries call
 * it with what they loaded. Tested as a table in policy.test.ts.
 */
import type { Actor } from '$lib/server/members/policy';

export type { Actor };

/** The chapters the actor belongs to, loaded once per request by the query that needs it. */
export type Reader = (Actor & { chapterIds: number[] }) | null;

export type PostSubject = {
	authorId: number;
	kind: string;
	status: string;
	visibility: string;
	chapterId: number | null;
};

export type CommentSubject = { authorId: number; deletedAt?: Date | null };
export type ThreadSubject = { authorId: number; locked: boolean };

export type WritingAction =
	| 'view-post'
	| 'edit-post'
	| 'write-blog'
	| 'write-organisation-news'
	| 'write-chapter-news'
	| 'comment'
	| 'edit-comment'
	| 'delete-comment'
	| 'flag'
	| 'start-thread'
	| 'lock-thread'
	| 'pin-thread'
	| 'set-slow-mode';

/** Mandated roles (elected, recallable) that may write for the organisation and pin threads. */
const FACILITATOR_TIERS = new Set(['facilitator']);
/** Friends may post and comment; everyone with an account may write. */
const WRITER_TIERS = new Set(['friend', 'interim', 'member', 'facilitator']);

export function canSeePost(reader: Reader, post: PostSubject): boolean {
	if (reader && reader.id === post.authorId) return true;
	if (post.status !== 'published') return false;
	switch (post.visibility) {
		case 'public':
			return true;
		case 'members':
			return !!reader;
		case 'chapter':
			return !!reader && post.chapterId !== null && reader.chapterIds.includes(post.chapterId);
		default:
			return false;
	}
}

export function can(
	actor: Reader,
	action: WritingAction,
	subject?: Partial<PostSubject & CommentSubject & ThreadSubject> & { chapterId?: number | null }
): boolean {
	if (action === 'view-post') return canSeePost(actor, subject as PostSubject);
	if (!actor || !WRITER_TIERS.has(actor.tier)) return false;
	const own = subject?.authorId === actor.id;
	switch (action) {
		case 'write-blog':
		case 'start-thread':
		case 'comment':
			return !subject?.locked;
		case 'write-organisation-news':
		case 'pin-thread':
			return FACILITATOR_TIERS.has(actor.tier);
		case 'write-chapter-news':
			return subject?.chapterId != null && actor.chapterIds.includes(subject.chapterId);
		case 'edit-post':
		case 'edit-comment':
		case 'delete-comment':
			return own && !subject?.deletedAt;
		case 'lock-thread':
		case 'set-slow-mode':
			return own || FACILITATOR_TIERS.has(actor.tier);
		case 'flag':
			return !own && !subject?.deletedAt;
	}
}
