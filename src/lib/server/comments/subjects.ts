import { slugify } from '$lib/server/refs';
import { eq } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { decisions, forumCategories, forumThreads, posts } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { canSeePost, type Reader } from '$lib/server/writing/policy';
import { loadProject, projectActorFor } from '$lib/server/projects/context';

/**
 * What can be commented on. Each kind says whether the reader may see it, whether it is locked,
 * its slow mode and where it lives.
 */
export type SubjectType = 'post' | 'thread' | 'decision' | 'project';
export const SUBJECT_TYPES: SubjectType[] = ['post', 'thread', 'decision', 'project'];

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

export function isSubjectType(value: string): value is SubjectType {
	return (SUBJECT_TYPES as string[]).includes(value);
}

/** Load a subject the reader may see, or throw NotFound (hidden things do not exist for them). */
export async function loadSubject(
	db: Queryable,
	reader: Reader,
	type: string,
	id: number
): Promise<CommentableSubject> {
	if (type === 'post') {
		const [post] = await db
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
		if (!post || !canSeePost(reader, post) || post.status !== 'published')
			throw new NotFound('post_error_not_found');
		return { ...post, type, url: `/posts/${post.id}-${slugify(post.title)}` };
	}
	if (type === 'thread') {
		const [thread] = await db
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
		if (!thread) throw new NotFound('forum_error_not_found');
		return { ...thread, type, url: `/threads/${thread.id}-${slugify(thread.title)}` };
	}
	if (type === 'decision') {
		// A decision's discussion: open to all once submitted; a draft has no discussion yet.
		const [d] = await db
			.select({
				id: decisions.id,
				authorId: decisions.authorId,
				title: decisions.title,
				phase: decisions.phase,
				locked: decisions.commentsLocked,
				slowModeSeconds: decisions.slowModeSeconds,
				scopeKind: decisions.scopeKind,
				scopeId: decisions.scopeId
			})
			.from(decisions)
			.where(eq(decisions.id, id));
		if (!d || d.phase === 'draft') throw new NotFound('decision_error_not_found');
		return {
			type,
			id: d.id,
			authorId: d.authorId,
			title: d.title,
			locked: d.locked,
			slowModeSeconds: d.slowModeSeconds,
			chapterId: d.scopeKind === 'chapter' ? d.scopeId : null,
			url: `/decisions/${d.id}-${slugify(d.title)}`
		};
	}
	if (type === 'project') {
		// A project's discussion: whoever may see the project may read and join it.
		const { project, url } = await loadProject(db, await projectActorFor(db, reader), id);
		return {
			type,
			id: project.id,
			authorId: project.proposedBy,
			title: project.title,
			url,
			locked: project.status === 'archived',
			slowModeSeconds: 0,
			chapterId: project.chapterId
		};
	}
	throw new NotFound('comment_error_not_found');
}
