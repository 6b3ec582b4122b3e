import { and, eq } from 'drizzle-orm';
import { slugify } from '$lib/server/refs';
import type { Queryable } from '$lib/server/db/client';
import { posts } from '$lib/server/db/schema';
import { postCount, postList, visiblePosts, type PostFilter } from '$lib/server/writing/queries';
import { actorOfPost, type LocalActor } from './actors';

/**
 * Which posts federate: exactly those a visitor may read (published, public, not hidden by a
 * jury: `postList` with no reader), of an actor that federates. A members-only or chapter post
 * never leaves the server, whoever follows.
 */
function filterOf(actor: LocalActor): PostFilter {
	if (actor.kind === 'member') return { kind: 'blog', authorHandle: actor.name };
	if (actor.kind === 'chapter') return { kind: 'chapter', chapterId: actor.chapterId! };
	return { kind: 'organisation' };
}

export const OUTBOX_PAGE = 20;

/** A page of an actor's public posts, newest first. */
export async function outboxPage(
	db: Queryable,
	actor: LocalActor,
	before?: { at: Date; id: number }
) {
	return postList(db, null, filterOf(actor), before, OUTBOX_PAGE);
}

/** How many public posts an actor's outbox holds in all. */
export function outboxSize(db: Queryable, actor: LocalActor): Promise<number> {
	return postCount(db, null, filterOf(actor));
}

/** One post and its actor, if it federates now; null if it does not (or no longer). */
export async function federatedPost(db: Queryable, postId: number) {
	const [row] = await db
		.select({
			id: posts.id,
			kind: posts.kind,
			authorId: posts.authorId,
			chapterId: posts.chapterId,
			title: posts.title,
			body: posts.body,
			language: posts.language,
			tags: posts.tags,
			publishedAt: posts.publishedAt,
			updatedAt: posts.updatedAt,
			commentsLocked: posts.commentsLocked
		})
		.from(posts)
		// The public lists' own condition decides, so a page and a fetch never disagree.
		.where(and(eq(posts.id, postId), visiblePosts(null)));
	if (!row) return null;
	const actor = await actorOfPost(db, row);
	if (!actor) return null;
	return { actor, post: { ...row, url: `/posts/${row.id}-${slugify(row.title)}` } };
}
