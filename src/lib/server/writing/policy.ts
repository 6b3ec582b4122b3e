/**
 * Who may do what with posts, forum threads and comments. Pure: the commands and queries call
 * it with what they loaded, and every right is asked through `may()`, so a lapsed member's
 * rights wait until they are back and a mandate's rights apply only in its scope. Tested as a
 * table in policy.test.ts.
 */
import { inChapter, may, type Actor, type ScopeRef } from '$lib/domain/members/actor';

export type { Actor };

export type PostSubject = {
	authorId: number;
	kind: string;
	status: string;
	visibility: string;
	chapterId: number | null;
};

/** A forum thread; `chapterId` is its forum's chapter (null for the organisation's forums). */
export type ThreadSubject = { authorId: number; chapterId: number | null };
/** A forum, or the chapter a post is written for (null for the organisation). */
export type PlaceSubject = { chapterId: number | null };
export type CommentSubject = { authorId: number; deletedAt: Date | null };
/** Whatever is commented on: a locked discussion takes no new comments. */
export type DiscussionSubject = { locked: boolean };

/** Each action and what it is asked about. */
export type WritingSubjects = {
	'view-post': PostSubject;
	'edit-post': PostSubject;
	'delete-post': PostSubject;
	'write-blog': null;
	'write-organisation-news': null;
	'write-chapter-news': PlaceSubject;
	'start-thread': PlaceSubject;
	comment: DiscussionSubject;
	'edit-comment': CommentSubject;
	'delete-comment': CommentSubject;
	/** No author here for a reply from another server: anyone who may comment may flag it. */
	flag: { authorId: number | null; deletedAt?: Date | null };
	'lock-thread': ThreadSubject;
	'pin-thread': ThreadSubject;
	'set-slow-mode': ThreadSubject;
	'upload-image': { purpose: 'avatar' | 'post' };
};
export type WritingAction = keyof WritingSubjects;

/** Who may read a post: its author always; others once published, by its visibility. */
export function canSeePost(actor: Actor | null, post: PostSubject): boolean {
	if (actor && actor.id === post.authorId) return true;
	if (post.status !== 'published') return false;
	switch (post.visibility) {
		case 'public':
			return true;
		case 'members':
			// A password and an unconfirmed address do not make a member.
			return !!actor?.confirmed;
		case 'chapter':
			return inChapter(actor, post.chapterId);
		default:
			return false;
	}
}

/** Where a forum thread's moderation rights must hold: its chapter, or the organisation. */
function scopeOf(place: PlaceSubject): ScopeRef {
	return place.chapterId == null
		? { kind: 'organisation' }
		: { kind: 'chapter', id: place.chapterId };
}

export function can<A extends WritingAction>(
	actor: Actor | null,
	action: A,
	subject: WritingSubjects[A]
): boolean {
	const s = subject as WritingSubjects[WritingAction];
	const own = !!actor && !!s && 'authorId' in s && s.authorId === actor.id;
	switch (action) {
		case 'view-post':
			return canSeePost(actor, s as PostSubject);
		case 'write-blog':
			return may(actor, 'post');
		case 'write-organisation-news':
			return may(actor, 'post') && may(actor, 'write-organisation-news');
		case 'write-chapter-news':
			return may(actor, 'post') && inChapter(actor, (s as PlaceSubject).chapterId);
		case 'start-thread': {
			// A chapter's forums are for its members; the organisation's for everyone who may post.
			const { chapterId } = s as PlaceSubject;
			return may(actor, 'post') && (chapterId == null || inChapter(actor, chapterId));
		}
		case 'edit-post':
			return own && may(actor, 'post');
		case 'delete-post':
			// Like a comment, one's own post may always be taken back, even while lapsed.
			return own;
		case 'comment':
			return may(actor, 'comment') && !(s as DiscussionSubject).locked;
		case 'edit-comment':
			return own && !(s as CommentSubject).deletedAt && may(actor, 'comment');
		case 'delete-comment':
			// Taking back one's own words needs no right: a lapsed member may still do it.
			return own && !(s as CommentSubject).deletedAt;
		case 'flag':
			return !own && !(s as CommentSubject).deletedAt && may(actor, 'comment');
		case 'pin-thread':
			return may(actor, 'pin-thread', scopeOf(s as ThreadSubject));
		case 'lock-thread':
		case 'set-slow-mode':
			// The author may calm their own thread; otherwise it takes the right where the forum is.
			return (own && may(actor, 'post')) || may(actor, 'lock-thread', scopeOf(s as ThreadSubject));
		case 'upload-image':
			// A profile photo is one's own; an image for a post is writing.
			return (s as { purpose: string }).purpose === 'avatar' ? !!actor : may(actor, 'post');
	}
	return false;
}
