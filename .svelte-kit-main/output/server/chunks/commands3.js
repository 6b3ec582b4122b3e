import { B as chapters, I as postVersions, L as posts, N as forumCategories, P as forumThreads } from "./i18n.js";
import { c as TooManyRequests, i as Forbidden, o as Invalid, s as NotFound } from "./errors.js";
import { t as appendEvent } from "./append.js";
import { n as parseInput } from "./validation.js";
import { d as writingLimits, f as can, g as threadInput, h as postInput } from "./queries2.js";
import { n as readerFor, r as slugify } from "./reader.js";
import { and, count, eq, gt, sql } from "drizzle-orm";
// src/lib/server/writing/commands.ts
async function checkDailyStarts(db, actor) {
	const limits = await writingLimits(db);
	const since = sql`now() - interval '1 day'`;
	const [[p], [t]] = await Promise.all([db.select({ n: count() }).from(posts).where(and(eq(posts.authorId, actor.id), gt(posts.createdAt, since))), db.select({ n: count() }).from(forumThreads).where(and(eq(forumThreads.authorId, actor.id), gt(forumThreads.createdAt, since)))]);
	if (Number(p.n) + Number(t.n) >= limits.postsPerDay) throw new TooManyRequests("post_error_daily_limit", { limit: limits.postsPerDay });
}
/** Write a post (a draft, or published at once), keeping its first version. */
async function createPost(db, actor, raw) {
	const reader = await readerFor(db, actor);
	if (!can(reader, "write-blog")) throw new Forbidden("error_forbidden");
	const input = parseInput(postInput, raw);
	const chapterId = input.chapterId ?? null;
	if (input.kind === "organisation" && !can(reader, "write-organisation-news")) throw new Forbidden("error_forbidden");
	if (input.kind === "chapter" || input.visibility === "chapter") {
		if (!chapterId) throw new Invalid("error_form", { chapterId: "post_error_chapter_needed" });
		if (!can(reader, "write-chapter-news", { chapterId })) throw new Invalid("error_form", { chapterId: "post_error_not_in_chapter" });
		const [chapter] = await db.select({ id: chapters.id }).from(chapters).where(eq(chapters.id, chapterId));
		if (!chapter) throw new Invalid("error_form", { chapterId: "post_error_not_in_chapter" });
	}
	await checkDailyStarts(db, actor);
	return db.transaction(async (tx) => {
		const [post] = await tx.insert(posts).values({
			kind: input.kind,
			authorId: actor.id,
			chapterId: input.kind === "chapter" || input.visibility === "chapter" ? chapterId : null,
			title: input.title,
			slug: slugify(input.title),
			body: input.body,
			language: input.language,
			tags: input.tags,
			visibility: input.visibility,
			status: input.publish ? "published" : "draft",
			publishedAt: input.publish ? /* @__PURE__ */ new Date() : null
		}).returning({
			id: posts.id,
			slug: posts.slug,
			status: posts.status
		});
		await tx.insert(postVersions).values({
			postId: post.id,
			version: 1,
			title: input.title,
			body: input.body,
			tags: input.tags,
			editorId: actor.id
		});
		await appendEvent(tx, {
			type: input.publish ? "post.published" : "post.drafted",
			actorId: actor.id,
			subjectType: "post",
			subjectId: post.id,
			data: {
				kind: input.kind,
				language: input.language
			}
		});
		return post;
	});
}
/** Edit a post: a new version is kept; publishing a draft sets its date once. */
async function editPost(db, actor, postId, raw) {
	const [post] = await db.select().from(posts).where(eq(posts.id, postId));
	if (!post) throw new NotFound("post_error_not_found");
	const reader = await readerFor(db, actor);
	if (!can(reader, "edit-post", post)) throw new Forbidden("error_forbidden");
	const input = parseInput(postInput, {
		...raw,
		kind: post.kind,
		chapterId: post.chapterId ?? ""
	});
	if (input.visibility === "chapter" && !post.chapterId) throw new Invalid("error_form", { visibility: "post_error_chapter_needed" });
	const publish = input.publish || post.status === "published";
	return db.transaction(async (tx) => {
		const version = post.version + 1;
		await tx.update(posts).set({
			title: input.title,
			slug: slugify(input.title),
			body: input.body,
			language: input.language,
			tags: input.tags,
			visibility: input.visibility,
			status: publish ? "published" : "draft",
			publishedAt: post.publishedAt ?? (publish ? /* @__PURE__ */ new Date() : null),
			version,
			updatedAt: /* @__PURE__ */ new Date()
		}).where(eq(posts.id, postId));
		await tx.insert(postVersions).values({
			postId,
			version,
			title: input.title,
			body: input.body,
			tags: input.tags,
			editorId: actor.id
		});
		await appendEvent(tx, {
			type: publish && post.status !== "published" ? "post.published" : "post.edited",
			actorId: actor.id,
			subjectType: "post",
			subjectId: postId,
			data: { version }
		});
		return {
			id: postId,
			slug: slugify(input.title),
			status: publish ? "published" : "draft"
		};
	});
}
/** Start a thread in a forum category (the organisation's, or a chapter's for its members). */
async function startThread(db, actor, categoryId, raw) {
	const [category] = await db.select().from(forumCategories).where(eq(forumCategories.id, categoryId));
	if (!category) throw new NotFound("forum_error_not_found");
	const reader = await readerFor(db, actor);
	if (!can(reader, "start-thread")) throw new Forbidden("error_forbidden");
	if (category.chapterId && !reader.chapterIds.includes(category.chapterId)) throw new Forbidden("forum_error_chapter_only");
	const input = parseInput(threadInput, raw);
	await checkDailyStarts(db, actor);
	return db.transaction(async (tx) => {
		const [thread] = await tx.insert(forumThreads).values({
			categoryId,
			authorId: actor.id,
			title: input.title,
			body: input.body,
			language: input.language
		}).returning({ id: forumThreads.id });
		await appendEvent(tx, {
			type: "thread.started",
			actorId: actor.id,
			subjectType: "thread",
			subjectId: thread.id,
			data: { categoryId }
		});
		return {
			id: thread.id,
			slug: slugify(input.title)
		};
	});
}
/** Lock, pin or put a thread in slow mode (or undo it). */
async function moderateThread(db, actor, threadId, change) {
	const [thread] = await db.select().from(forumThreads).where(eq(forumThreads.id, threadId));
	if (!thread) throw new NotFound("forum_error_not_found");
	const reader = await readerFor(db, actor);
	if (change.pinned !== void 0 && !can(reader, "pin-thread", thread)) throw new Forbidden("error_forbidden");
	if (change.locked !== void 0 && !can(reader, "lock-thread", thread)) throw new Forbidden("error_forbidden");
	if (change.slowMode !== void 0 && !can(reader, "set-slow-mode", thread)) throw new Forbidden("error_forbidden");
	const limits = await writingLimits(db);
	await db.transaction(async (tx) => {
		await tx.update(forumThreads).set({
			...change.locked !== void 0 && { locked: change.locked },
			...change.pinned !== void 0 && { pinned: change.pinned },
			...change.slowMode !== void 0 && { slowModeSeconds: change.slowMode ? limits.slowModeSeconds : 0 }
		}).where(eq(forumThreads.id, threadId));
		await appendEvent(tx, {
			type: "thread.moderated",
			actorId: actor.id,
			subjectType: "thread",
			subjectId: threadId,
			data: change
		});
	});
}
export { startThread as i, editPost as n, moderateThread as r, createPost as t };
