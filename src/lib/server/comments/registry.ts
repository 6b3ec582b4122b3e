/**
 * What can be commented on. Comments know no area: each commentable area registers itself from
 * its own `commentable.ts` (posts and threads, decisions, projects), saying how to load one of
 * its things for a reader, and `$lib/server/commentables` gathers those registrations. The entry
 * points of comments (commands, queries, actions) import that module, so the registry is full
 * before anything reads it.
 */
import type { Actor } from '$lib/domain/members/actor';
import type { Queryable, Tx } from '$lib/server/db/client';
import { NotFound } from '$lib/server/errors';

/**
 * The names of commentable things. Each area adds its own from its commentable.ts:
 * `declare module '$lib/server/comments/registry' { interface CommentableTypes { post: true } }`,
 * so `SubjectType` stays a closed union the compiler checks, without comments naming the areas.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the areas
export interface CommentableTypes {}
export type SubjectType = keyof CommentableTypes & string;

/** A commentable thing as comments see it: who wrote it, where it lives, whether it is open. */
export type CommentableSubject = {
	type: SubjectType;
	id: number;
	authorId: number;
	title: string;
	url: string;
	locked: boolean;
	slowModeSeconds: number;
	chapterId: number | null;
};

export type Commentable = {
	/**
	 * The thing, if this reader may see it; otherwise throw NotFound (a hidden thing does not
	 * exist for them). With `lock`, inside a comment's transaction, lock it against a change of
	 * its discussion settings (locking, slow mode) until the comment is written.
	 */
	load(
		db: Queryable,
		actor: Actor | null,
		id: number,
		lock?: boolean
	): Promise<Omit<CommentableSubject, 'type'>>;
	/** Called in the transaction that adds a comment (a thread counts them and moves up). */
	commented?(tx: Tx, id: number): Promise<void>;
};

const registry = new Map<string, Commentable>();

/** Called once by each area, from its commentable.ts. */
export function registerCommentable(type: SubjectType, commentable: Commentable): void {
	registry.set(type, commentable);
}

export function isSubjectType(value: string): value is SubjectType {
	return registry.has(value);
}

export function commentableOf(type: string): Commentable {
	const found = registry.get(type);
	if (!found) throw new NotFound('comment_error_not_found');
	return found;
}

/** Load a thing the reader may see, or throw NotFound. */
export async function loadSubject(
	db: Queryable,
	actor: Actor | null,
	type: string,
	id: number,
	lock = false
): Promise<CommentableSubject> {
	const subject = await commentableOf(type).load(db, actor, id, lock);
	return { ...subject, type: type as SubjectType };
}
