import { slugify } from '$lib/server/refs';
import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable, Tx } from '$lib/server/db/client';
import {
	chapters,
	comments,
	flags,
	forumCategories,
	forumThreads,
	postVersions,
	posts,
	remoteReplies,
	type PostKind,
	type Visibility
} from '$lib/server/db/schema';
import type { Actor } from '$lib/domain/members/actor';
import { command } from '$lib/server/command';
import { LIMITS } from '$lib/server/limits';
import { Conflict, Forbidden, Invalid, NotFound, TooManyRequests } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import { parseInput } from '$lib/server/validation';
import { postInput, threadInput } from '$lib/schemas/writing';
import { can, canSeePost } from './policy';
import { visiblePosts } from './queries';
import { writingLimits } from './settings';
import { eventAbout } from '$lib/server/events/about';

/** Posts and threads one member starts in a day, together, stay under the limit. */
export async function checkDailyStarts(db: Queryable, actor: Pick<Actor, 'id'>) {
	const limits = await writingLimits(db);
	// One statement: inside a transaction the queries share one connection anyway.
	const { rows } = await db.execute<{ n: number }>(sql`
		select (select count(*) from posts
				where author_id = ${actor.id} and created_at > now() - interval '1 day')
			+ (select count(*) from forum_threads
				where author_id = ${actor.id} and created_at > now() - interval '1 day') as n`);
	if (Number(rows[0].n) >= limits.postsPerDay)
		throw new TooManyRequests('post_error_daily_limit', { limit: limits.postsPerDay });
}

/** One member's posts and threads are started one at a time, so the daily count is true. */
const START_LOCK = 7_202;

async function lockStarts(tx: Tx, actor: Actor) {
	await tx.execute(sql`select pg_advisory_xact_lock(${START_LOCK}::int, ${actor.id}::int)`);
}

function refuse(key: string): never {
	throw new Forbidden(key);
}

/** Write a post (a draft, or published at once), keeping its first version. */
export const createPost = command({
	limit: LIMITS.post,
	input: (raw: unknown) => {
		const input = parseInput(postInput, raw);
		const forChapter = input.kind === 'chapter' || input.visibility === 'chapter';
		if (forChapter && !input.chapterId)
			throw new Invalid('error_form', { chapterId: 'post_error_chapter_needed' });
		return { ...input, chapterId: forChapter ? (input.chapterId ?? null) : null };
	},
	load: async (tx, actor, input) => {
		await lockStarts(tx, actor);
		if (input.chapterId === null) return { chapterId: null };
		const [chapter] = await tx
			.select({ id: chapters.id })
			.from(chapters)
			.where(eq(chapters.id, input.chapterId));
		return { chapterId: chapter?.id ?? null };
	},
	allow: (actor, _place, input) =>
		can(actor, 'write-blog', null) &&
		(input.kind !== 'organisation' || can(actor, 'write-organisation-news', null)),
	check: async (place, input, actor, tx) => {
		// Writing for a chapter one is not in (or one that is gone) is a mistake in the form.
		if (input.chapterId !== null && !can(actor, 'write-chapter-news', place))
			throw new Invalid('error_form', { chapterId: 'post_error_not_in_chapter' });
		await checkDailyStarts(tx, actor);
	},
	run: (tx, actor, _place, input) => insertPost(tx, actor, input, { event: false }),
	event: (post, _place, input, actor) => ({
		type: input.publish ? 'post.published' : 'post.drafted',
		actorId: actor.id,
		subjectType: 'post',
		subjectId: post.id,
		data: { kind: input.kind, language: input.language }
	})
});

export type NewPost = {
	kind: PostKind;
	title: string;
	body: string;
	language: string;
	tags: string[];
	visibility: Visibility;
	chapterId: number | null;
	publish: boolean;
};

/**
 * Insert a post with its first version (and, unless the caller appends its own, its event)
 * inside the caller's transaction: other areas, such as project updates, write posts through this.
 */
export async function insertPost(
	tx: Queryable,
	actor: Pick<Actor, 'id'>,
	input: NewPost,
	options: { event?: boolean } = {}
) {
	const [post] = await tx
		.insert(posts)
		.values({
			kind: input.kind,
			authorId: actor.id,
			chapterId: input.chapterId,
			title: input.title,
			slug: slugify(input.title),
			body: input.body,
			language: input.language,
			tags: input.tags,
			visibility: input.visibility,
			status: input.publish ? 'published' : 'draft',
			publishedAt: input.publish ? new Date() : null
		})
		.returning({ id: posts.id, slug: posts.slug, status: posts.status });
	await tx.insert(postVersions).values({
		postId: post.id,
		version: 1,
		title: input.title,
		body: input.body,
		tags: input.tags,
		editorId: actor.id
	});
	if (options.event !== false)
		await appendEvent(tx, {
			type: input.publish ? 'post.published' : 'post.drafted',
			actorId: actor.id,
			subjectType: 'post',
			subjectId: post.id,
			data: { kind: input.kind, language: input.language }
		});
	return { ...post, url: `/posts/${post.id}-${post.slug}` };
}

/**
 * Edit a post: a new version is kept; publishing a draft sets its date once. The post is locked
 * for the edit, so two edits at once take the next two version numbers, one after the other.
 */
export const editPost = command({
	// The kind and chapter stay what they were: only the rest of the form is read.
	input: (postId: number, raw: unknown) => ({
		postId,
		...parseInput(postInput.omit({ kind: true, chapterId: true }), raw)
	}),
	load: async (tx, actor, { postId }) => {
		const [post] = await tx.select().from(posts).where(eq(posts.id, postId)).for('update');
		// A post the actor may not read (someone's draft, another chapter's) does not exist for them.
		if (!post || !canSeePost(actor, post)) throw new NotFound('post_error_not_found');
		return post;
	},
	allow: (actor, post) => can(actor, 'edit-post', post),
	check: (post, input) => {
		if (input.visibility === 'chapter' && !post.chapterId)
			throw new Invalid('error_form', { visibility: 'post_error_chapter_needed' });
	},
	run: async (tx, actor, post, input) => {
		const publish = input.publish || post.status === 'published';
		const version = post.version + 1;
		const slug = slugify(input.title);
		await tx
			.update(posts)
			.set({
				title: input.title,
				slug,
				body: input.body,
				language: input.language,
				tags: input.tags,
				visibility: input.visibility,
				status: publish ? 'published' : 'draft',
				publishedAt: post.publishedAt ?? (publish ? new Date() : null),
				version,
				updatedAt: new Date()
			})
			.where(eq(posts.id, post.id));
		await tx.insert(postVersions).values({
			postId: post.id,
			version,
			title: input.title,
			body: input.body,
			tags: input.tags,
			editorId: actor.id
		});
		return {
			id: post.id,
			slug,
			status: publish ? 'published' : 'draft',
			version,
			url: `/posts/${post.id}-${slug}`
		};
	},
	event: (out, post, _input, actor) => ({
		type:
			out.status === 'published' && post.status !== 'published' ? 'post.published' : 'post.edited',
		actorId: actor.id,
		subjectType: 'post',
		subjectId: post.id,
		data: { version: out.version }
	}),
	// Cannot happen while the post is locked for its edit; if it ever did, it is a Conflict.
	conflicts: { post_versions_post_version_key: 'post_error_edited_meanwhile' }
});

/**
 * Delete a post, by its author: the post, its versions and the discussion under it (comments and
 * replies from other servers, and the flags on them), as when an account's writing goes. Whether
 * visitors could read it is asked before the row goes, with the public lists' own condition, and
 * told in the event: federation withdraws the copies it sent.
 */
export const deletePost = command({
	input: (postId: number) => ({ postId }),
	load: async (tx, actor, { postId }) => {
		const [post] = await tx.select().from(posts).where(eq(posts.id, postId)).for('update');
		if (!post || !canSeePost(actor, post)) throw new NotFound('post_error_not_found');
		const [shown] = await tx
			.select({ id: posts.id })
			.from(posts)
			.where(and(eq(posts.id, postId), visiblePosts(null)));
		return { ...post, public: !!shown };
	},
	allow: (actor, post) => can(actor, 'delete-post', post),
	run: async (tx, _actor, post) => {
		const discussion = and(eq(comments.subjectType, 'post'), eq(comments.subjectId, post.id));
		const flagged = (type: string, ids: SQL) =>
			sql`(${flags.subjectType} = ${type} and ${flags.subjectId} in (${ids}))`;
		await tx
			.delete(flags)
			.where(
				or(
					flagged('post', sql`${post.id}`),
					flagged('comment', sql`select ${comments.id} from ${comments} where ${discussion}`),
					flagged(
						'remote-reply',
						sql`select ${remoteReplies.id} from ${remoteReplies} where ${remoteReplies.postId} = ${post.id}`
					)
				)
			);
		// Replies and their parents go in one statement (the parent key is checked at its end).
		await tx.delete(comments).where(discussion);
		// Versions, project updates and replies from other servers cascade.
		await tx.delete(posts).where(eq(posts.id, post.id));
		return { url: '/blog' };
	},
	event: (_out, post, _input, actor) =>
		eventAbout('post', post.id, actor.id, {
			type: 'post.deleted',
			data: {
				kind: post.kind,
				authorId: post.authorId,
				chapterId: post.chapterId,
				public: post.public
			}
		})
});

/** Start a thread in a forum (the organisation's, or a chapter's for its members). */
export const startThread = command({
	limit: LIMITS.post,
	input: (categoryId: number, raw: unknown) => ({ categoryId, ...parseInput(threadInput, raw) }),
	load: async (tx, actor, { categoryId }) => {
		const [category] = await tx
			.select({
				id: forumCategories.id,
				chapterId: forumCategories.chapterId,
				archivedAt: forumCategories.archivedAt
			})
			.from(forumCategories)
			.where(eq(forumCategories.id, categoryId));
		if (!category) throw new NotFound('forum_error_not_found');
		if (category.archivedAt) throw new Conflict('forum_error_archived');
		await lockStarts(tx, actor);
		return category;
	},
	allow: (actor, category) =>
		can(actor, 'start-thread', category) ||
		refuse(
			category.chapterId != null && can(actor, 'start-thread', { chapterId: null })
				? 'forum_error_chapter_only'
				: 'error_forbidden'
		),
	check: (_category, _input, actor, tx) => checkDailyStarts(tx, actor),
	run: async (tx, actor, category, input) => {
		const [thread] = await tx
			.insert(forumThreads)
			.values({
				categoryId: category.id,
				authorId: actor.id,
				title: input.title,
				body: input.body,
				language: input.language
			})
			.returning({ id: forumThreads.id });
		const slug = slugify(input.title);
		return { id: thread.id, slug, url: `/threads/${thread.id}-${slug}` };
	},
	event: (thread, category, _input, actor) =>
		eventAbout('thread', thread.id, actor.id, {
			type: 'thread.started',
			data: { categoryId: category.id }
		})
});

export type ThreadSetting = { locked?: boolean; pinned?: boolean; slowMode?: boolean };

/** Lock, pin or put a thread in slow mode (or undo it). */
export const moderateThread = command({
	input: (threadId: number, change: ThreadSetting) => {
		if (Object.values(change).every((v) => v === undefined))
			throw new Invalid('error_invalid_value');
		return { threadId, change };
	},
	load: async (tx, _actor, { threadId }) => {
		const [thread] = await tx
			.select({
				id: forumThreads.id,
				authorId: forumThreads.authorId,
				chapterId: forumCategories.chapterId
			})
			.from(forumThreads)
			.innerJoin(forumCategories, eq(forumCategories.id, forumThreads.categoryId))
			.where(eq(forumThreads.id, threadId))
			.for('no key update', { of: forumThreads });
		if (!thread) throw new NotFound('forum_error_not_found');
		return thread;
	},
	allow: (actor, thread, { change }) =>
		(change.pinned === undefined || can(actor, 'pin-thread', thread)) &&
		(change.locked === undefined || can(actor, 'lock-thread', thread)) &&
		(change.slowMode === undefined || can(actor, 'set-slow-mode', thread)),
	run: async (tx, _actor, thread, { change }) => {
		const limits = await writingLimits(tx);
		await tx
			.update(forumThreads)
			.set({
				...(change.locked !== undefined && { locked: change.locked }),
				...(change.pinned !== undefined && { pinned: change.pinned }),
				...(change.slowMode !== undefined && {
					slowModeSeconds: change.slowMode ? limits.slowModeSeconds : 0
				})
			})
			.where(eq(forumThreads.id, thread.id));
	},
	event: (_out, thread, { change }, actor) =>
		eventAbout('thread', thread.id, actor.id, { type: 'thread.moderated', data: change })
});
