/**
 * Posts, forum threads and comments as moderation juries see them (moderation/subjects.ts): the
 * flagged text alone, its author, where readers find it, and who took part in its discussion
 * (they may not sit on its jury). A verdict hides or shows it through `hidden_at`; either way the
 * item counts as reviewed, so its flags no longer fold it.
 */
import '$lib/server/commentables';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { comments, forumThreads, posts, remoteReplies } from '$lib/server/db/schema';
import { loadActor } from '$lib/server/members/actor';
import { loadSubject } from '$lib/server/comments/registry';
import { registerModerationSubject } from '$lib/server/moderation/subjects';
import { slugify } from '$lib/server/refs';

type Hideable = typeof posts | typeof forumThreads | typeof comments | typeof remoteReplies;

/** A verdict on an item of `table`: hidden or shown, and reviewed either way. */
export function setHidden(table: Hideable) {
	return async (tx: Tx, id: number, hidden: boolean) => {
		await tx
			.update(table)
			.set({ hiddenAt: hidden ? new Date() : null, reviewedAt: new Date() })
			.where(eq(table.id, id));
	};
}

/** The authors of a discussion's comments, besides its own author. */
export async function commenters(tx: Tx, type: string, id: number): Promise<number[]> {
	const { rows } = await tx.execute<{ id: number }>(sql`
		select distinct author_id::int as id from comments
		where subject_type = ${type} and subject_id = ${id}`);
	return rows.map((r) => Number(r.id));
}

registerModerationSubject('post', {
	async load(tx, id) {
		const [post] = await tx
			.select({ authorId: posts.authorId, title: posts.title, body: posts.body })
			.from(posts)
			.where(eq(posts.id, id));
		if (!post) return null;
		return {
			...post,
			url: `/posts/${id}-${slugify(post.title)}`,
			participantIds: await commenters(tx, 'post', id)
		};
	},
	setHidden: setHidden(posts)
});

registerModerationSubject('thread', {
	async load(tx, id) {
		const [thread] = await tx
			.select({
				authorId: forumThreads.authorId,
				title: forumThreads.title,
				body: forumThreads.body
			})
			.from(forumThreads)
			.where(eq(forumThreads.id, id));
		if (!thread) return null;
		return {
			...thread,
			url: `/threads/${id}-${slugify(thread.title)}`,
			participantIds: await commenters(tx, 'thread', id)
		};
	},
	setHidden: setHidden(forumThreads)
});

registerModerationSubject('comment', {
	async load(tx, id) {
		const [comment] = await tx
			.select({
				authorId: comments.authorId,
				body: comments.body,
				subjectType: comments.subjectType,
				subjectId: comments.subjectId
			})
			.from(comments)
			.where(eq(comments.id, id));
		if (!comment) return null;
		// The discussion as its author sees it (they wrote there, so they may).
		const author = await loadActor(tx, comment.authorId);
		const where = await loadSubject(tx, author, comment.subjectType, comment.subjectId).catch(
			() => null
		);
		const participants = await commenters(tx, comment.subjectType, comment.subjectId);
		return {
			authorId: comment.authorId,
			body: comment.body,
			title: where?.title ?? '',
			url: where ? `${where.url}#comment-${id}` : null,
			participantIds: where ? [where.authorId, ...participants] : participants
		};
	},
	setHidden: setHidden(comments)
});
