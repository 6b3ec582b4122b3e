/** Posts and forum threads take comments: how comments load them for a reader. */
import { eq, sql } from 'drizzle-orm';
import { forumCategories, forumThreads, posts } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { registerCommentable } from '$lib/server/comments/registry';
import { slugify } from '$lib/server/refs';
import { canSeePost } from './policy';

declare module '$lib/server/comments/registry' {
	interface CommentableTypes {
		post: true;
		thread: true;
	}
}

registerCommentable('post', {
	async load(db, actor, id, lock) {
		const query = db
			.select({
				id: posts.id,
				authorId: posts.authorId,
				title: posts.title,
				kind: posts.kind,
				status: posts.status,
				visibility: posts.visibility,
				chapterId: posts.chapterId,
				locked: posts.commentsLocked,
				slowModeSeconds: posts.slowModeSeconds
			})
			.from(posts)
			.where(eq(posts.id, id));
		const [post] = lock ? await query.for('share') : await query;
		// A draft has no discussion yet, not even for its author.
		if (!post || !canSeePost(actor, post) || post.status !== 'published')
			throw new NotFound('post_error_not_found');
		return { ...post, url: `/posts/${post.id}-${slugify(post.title)}` };
	}
});

registerCommentable('thread', {
	async load(db, _actor, id, lock) {
		const query = db
			.select({
				id: forumThreads.id,
				authorId: forumThreads.authorId,
				title: forumThreads.title,
				locked: forumThreads.locked,
				slowModeSeconds: forumThreads.slowModeSeconds,
				chapterId: forumCategories.chapterId
			})
			.from(forumThreads)
			.innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
			.where(eq(forumThreads.id, id));
		// The comment then updates the thread's count: take that row lock now (a share lock
		// upgraded later would deadlock two comments posted at once).
		const [thread] = lock ? await query.for('no key update', { of: forumThreads }) : await query;
		if (!thread) throw new NotFound('forum_error_not_found');
		return { ...thread, url: `/threads/${thread.id}-${slugify(thread.title)}` };
	},
	async commented(tx, id) {
		await tx
			.update(forumThreads)
			.set({ commentCount: sql`${forumThreads.commentCount} + 1`, lastActivityAt: new Date() })
			.where(eq(forumThreads.id, id));
	}
});
