import { slugify } from '$lib/server/refs';
import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import {
	chapters,
	forumCategories,
	forumThreads,
	postVersions,
	posts
} from '$lib/server/db/schema';
import { Forbidden, Invalid, NotFound, TooManyRequests } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import type { Actor } from '$lib/server/members/policy';
import { parseInput } from '$lib/server/validation';
import { postInput, threadInput } from '$lib/schemas/writing';
import { can } from './policy';
import { readerFor } from './reader';
import { writingLimits } from './settings';

export async function checkDailyStarts(db: Queryable, actor: Actor) {
	const limits = await writingLimits(db);
	const since = sql`now() - interval '1 day'`;
	const [[p], [t]] = await Promise.all([
		db
			.select({ n: count() })
			.from(posts)
			.where(and(eq(posts.authorId, actor.id), gt(posts.createdAt, since))),
		db
			.select({ n: count() })
			.from(forumThreads)
			.where(and(eq(forumThreads.authorId, actor.id), gt(forumThreads.createdAt, since)))
	]);
	if (Number(p.n) + Number(t.n) >= limits.postsPerDay)
		throw new TooManyRequests('post_error_daily_limit', { limit: limits.postsPerDay });
}

/** Write a post (a draft, or published at once), keeping its first version. */
export async function createPost(db: Db, actor: Actor, raw: unknown) {
	const reader = await readerFor(db, actor);
	if (!can(reader, 'write-blog')) throw new Forbidden('error_forbidden');
	const input = parseInput(postInput, raw);
	const chapterId = input.chapterId ?? null;
	if (input.kind === 'organisation' && !can(reader, 'write-organisation-news'))
		throw new Forbidden('error_forbidden');
	if (input.kind === 'chapter' || input.visibility === 'chapter') {
		if (!chapterId) throw new Invalid('error_form', { chapterId: 'post_error_chapter_needed' });
		if (!can(reader, 'write-chapter-news', { chapterId }))
			throw new Invalid('error_form', { chapterId: 'post_error_not_in_chapter' });
		const [chapter] = await db
			.select({ id: chapters.id })
			.from(chapters)
			.where(eq(chapters.id, chapterId));
		if (!chapter) throw new Invalid('error_form', { chapterId: 'post_error_not_in_chapter' });
	}
	await checkDailyStarts(db, actor);
	return db.transaction((tx) =>
		insertPost(tx, actor, {
			...input,
			chapterId: input.kind === 'chapter' || input.visibility === 'chapter' ? chapterId : null
		})
	);
}

export type NewPost = {
	kind: string;
	title: string;
	body: string;
	language: string;
	tags: string[];
	visibility: string;
	chapterId: number | null;
	publish: boolean;
};

/**
 * Insert a post with its first version and its event, inside the caller's transaction (other
 * areas, such as project updates, write posts through this too).
 */
export async function insertPost(tx: Queryable, actor: Actor, input: NewPost) {
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
	await appendEvent(tx, {
		type: input.publish ? 'post.published' : 'post.drafted',
		actorId: actor.id,
		subjectType: 'post',
		subjectId: post.id,
		data: { kind: input.kind, language: input.language }
	});
	return post;
}

/** Edit a post: a new version is kept; publishing a draft sets its date once. */
export async function editPost(db: Db, actor: Actor, postId: number, raw: unknown) {
	const [post] = await db.select().from(posts).where(eq(posts.id, postId));
	if (!post) throw new NotFound('post_error_not_found');
	const reader = await readerFor(db, actor);
	if (!can(reader, 'edit-post', post)) throw new Forbidden('error_forbidden');
	const input = parseInput(postInput, {
		...(raw as object),
		kind: post.kind,
		chapterId: post.chapterId ?? ''
	});
	if (input.visibility === 'chapter' && !post.chapterId)
		throw new Invalid('error_form', { visibility: 'post_error_chapter_needed' });
	const publish = input.publish || post.status === 'published';
	return db.transaction(async (tx) => {
		const version = post.version + 1;
		await tx
			.update(posts)
			.set({
				title: input.title,
				slug: slugify(input.title),
				body: input.body,
				language: input.language,
				tags: input.tags,
				visibility: input.visibility,
				status: publish ? 'published' : 'draft',
				publishedAt: post.publishedAt ?? (publish ? new Date() : null),
				version,
				updatedAt: new Date()
			})
			.where(eq(posts.id, postId));
		await tx.insert(postVersions).values({
			postId,
			version,
			title: input.title,
			body: input.body,
			tags: input.tags,
			editorId: actor.id
		});
		await appendEvent(tx, {
			type: publish && post.status !== 'published' ? 'post.published' : 'post.edited',
			actorId: actor.id,
			subjectType: 'post',
			subjectId: postId,
			data: { version }
		});
		return { id: postId, slug: slugify(input.title), status: publish ? 'published' : 'draft' };
	});
}

/** Start a thread in a forum category (the organisation's, or a chapter's for its members). */
export async function startThread(db: Db, actor: Actor, categoryId: number, raw: unknown) {
	const [category] = await db
		.select()
		.from(forumCategories)
		.where(eq(forumCategories.id, categoryId));
	if (!category) throw new NotFound('forum_error_not_found');
	const reader = await readerFor(db, actor);
	if (!can(reader, 'start-thread')) throw new Forbidden('error_forbidden');
	if (category.chapterId && !reader!.chapterIds.includes(category.chapterId))
		throw new Forbidden('forum_error_chapter_only');
	const input = parseInput(threadInput, raw);
	await checkDailyStarts(db, actor);
	return db.transaction(async (tx) => {
		const [thread] = await tx
			.insert(forumThreads)
			.values({
				categoryId,
				authorId: actor.id,
				title: input.title,
				body: input.body,
				language: input.language
			})
			.returning({ id: forumThreads.id });
		await appendEvent(tx, {
			type: 'thread.started',
			actorId: actor.id,
			subjectType: 'thread',
			subjectId: thread.id,
			data: { categoryId }
		});
		return { id: thread.id, slug: slugify(input.title) };
	});
}

type ThreadSetting = { locked?: boolean; pinned?: boolean; slowMode?: boolean };

/** Lock, pin or put a thread in slow mode (or undo it). */
export async function moderateThread(
	db: Db,
	actor: Actor,
	threadId: number,
	change: ThreadSetting
) {
	const [thread] = await db.select().from(forumThreads).where(eq(forumThreads.id, threadId));
	if (!thread) throw new NotFound('forum_error_not_found');
	const reader = await readerFor(db, actor);
	if (change.pinned !== undefined && !can(reader, 'pin-thread', thread))
		throw new Forbidden('error_forbidden');
	if (change.locked !== undefined && !can(reader, 'lock-thread', thread))
		throw new Forbidden('error_forbidden');
	if (change.slowMode !== undefined && !can(reader, 'set-slow-mode', thread))
		throw new Forbidden('error_forbidden');
	const limits = await writingLimits(db);
	await db.transaction(async (tx) => {
		await tx
			.update(forumThreads)
			.set({
				...(change.locked !== undefined && { locked: change.locked }),
				...(change.pinned !== undefined && { pinned: change.pinned }),
				...(change.slowMode !== undefined && {
					slowModeSeconds: change.slowMode ? limits.slowModeSeconds : 0
				})
			})
			.where(eq(forumThreads.id, threadId));
		await appendEvent(tx, {
			type: 'thread.moderated',
			actorId: actor.id,
			subjectType: 'thread',
			subjectId: threadId,
			data: change
		});
	});
}
