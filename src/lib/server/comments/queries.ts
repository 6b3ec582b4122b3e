import '$lib/server/commentables';
import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { commentVersions, comments, members } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { renderCommentMarkdown } from '$lib/server/writing/markdown';
import type { Actor } from '$lib/domain/members/actor';
import { can } from '$lib/server/writing/policy';
import { writingLimits } from '$lib/server/writing/settings';
import { avatarFor, profileOpen, publicName } from '$lib/server/members/privacy';
import { MAX_DEPTH } from './commands';
import { loadSubject } from './registry';

export type CommentView = {
	id: number;
	parentId: number | null;
	depth: number;
	/** `profile`: whether the reader may open the author's profile page. */
	author: { handle: string; displayName: string; avatar: string | null; profile: boolean };
	/** Rendered Markdown; null for a tombstone. */
	html: string | null;
	createdAt: Date;
	editedAt: Date | null;
	deleted: boolean;
	/** Hidden by a jury's verdict: its text is not sent. */
	hidden: boolean;
	/** Flagged by enough members: shown folded until reviewed. */
	collapsed: boolean;
	own: boolean;
	/** Shown at MAX_DEPTH though deeper: whom it answers. */
	replyTo: string | null;
};

/**
 * A discussion's figures, as uncorrelated subqueries (each run once per query, not per row): its
 * size, how many comments belong to top-level comments up to `after` (the page's position), and
 * its newest comment with that comment's top-level one.
 */
function discussionFigures(subject: { type: string; id: number }, after: number) {
	const of = sql`c.subject_type = ${subject.type} and c.subject_id = ${subject.id}`;
	return {
		total: sql<number>`(select count(*)::int from ${comments} c where ${of})`,
		before: after
			? sql<number>`(select count(*)::int from ${comments} c where ${of} and coalesce(c.root_id, c.id) <= ${after})`
			: sql<number>`0`,
		newestId: sql<
			number | null
		>`(select c.id from ${comments} c where ${of} order by c.id desc limit 1)`,
		newestRootId: sql<
			number | null
		>`(select coalesce(c.root_id, c.id) from ${comments} c where ${of} order by c.id desc limit 1)`
	};
}

/** Top-level comments per page; their replies come along. */
export const ROOTS_PER_PAGE = 15;

/**
 * One page of a discussion: up to ROOTS_PER_PAGE top-level comments after `after` (keyset) with
 * all their replies, in two indexed queries whatever the thread's size.
 */
export async function commentPage(
	db: Queryable,
	reader: Actor | null,
	subjectType: string,
	subjectId: number,
	after = 0
) {
	const subject = await loadSubject(db, reader, subjectType, subjectId);
	const limits = await writingLimits(db);
	const columns = {
		id: comments.id,
		parentId: comments.parentId,
		rootId: comments.rootId,
		depth: comments.depth,
		body: comments.body,
		authorId: comments.authorId,
		createdAt: comments.createdAt,
		editedAt: comments.editedAt,
		deletedAt: comments.deletedAt,
		flagCount: comments.flagCount,
		reviewedAt: comments.reviewedAt,
		hiddenAt: comments.hiddenAt,
		handle: members.handle,
		displayName: publicName(reader),
		profile: profileOpen(reader),
		avatar: avatarFor(reader)
	};
	const roots = await db
		.select({ ...columns, ...discussionFigures(subject, after) })
		.from(comments)
		.innerJoin(members, eq(members.id, comments.authorId))
		.where(
			and(
				eq(comments.subjectType, subject.type),
				eq(comments.subjectId, subject.id),
				isNull(comments.parentId),
				gt(comments.id, after)
			)
		)
		.orderBy(asc(comments.id))
		.limit(ROOTS_PER_PAGE + 1);
	const more = roots.length > ROOTS_PER_PAGE;
	if (more) roots.pop();
	const replies = roots.length
		? await db
				.select(columns)
				.from(comments)
				.innerJoin(members, eq(members.id, comments.authorId))
				.where(
					inArray(
						comments.rootId,
						roots.map((r) => r.id)
					)
				)
				.orderBy(asc(comments.rootId), asc(comments.id))
		: [];
	// Past the last page (or an empty discussion): the same figures on their own.
	const figures = roots.length
		? roots[0]
		: after
			? (await db.select(discussionFigures(subject, after)).from(sql`(select 1) as one`))[0]
			: { total: 0, before: 0, newestId: null, newestRootId: null };
	const total = Number(figures.total);

	// Order: each root, then its replies depth-first (children in the order they were written).
	const byParent = new Map<number, typeof replies>();
	for (const r of replies) {
		const list = byParent.get(r.parentId!) ?? [];
		list.push(r);
		byParent.set(r.parentId!, list);
	}
	const names = new Map<number, string>();
	for (const c of [...roots, ...replies]) names.set(c.id, c.displayName);
	const out: CommentView[] = [];
	const visit = (c: (typeof replies)[number]) => {
		const deleted = !!c.deletedAt;
		out.push({
			id: c.id,
			parentId: c.parentId,
			depth: Math.min(c.depth, MAX_DEPTH),
			author: {
				handle: c.handle,
				displayName: c.displayName,
				avatar: c.avatar,
				profile: c.profile
			},
			html: deleted || c.hiddenAt ? null : renderCommentMarkdown(c.body),
			createdAt: c.createdAt,
			editedAt: c.editedAt,
			deleted,
			hidden: !deleted && !!c.hiddenAt,
			collapsed: !deleted && c.flagCount >= limits.flagThreshold && !c.reviewedAt,
			own: !!reader && reader.id === c.authorId && !deleted,
			replyTo: c.depth > MAX_DEPTH && c.parentId ? (names.get(c.parentId) ?? null) : null
		});
		for (const child of byParent.get(c.id) ?? []) visit(child);
	};
	for (const root of roots) visit(root);
	return {
		subject,
		comments: out,
		total,
		/** How many comments come before this page (their top-level comment is before `after`). */
		before: Number(figures.before),
		/** The newest comment and its top-level comment: "jump to newest" goes to its page. */
		newest:
			figures.newestId === null
				? null
				: { id: Number(figures.newestId), rootId: Number(figures.newestRootId) },
		nextAfter: more ? roots[roots.length - 1].id : null,
		canComment: can(reader, 'comment', subject)
	};
}

/** One comment for its edit form (its author only) or for quoting. */
export async function commentForEdit(db: Queryable, reader: Actor | null, commentId: number) {
	const [row] = await db
		.select({
			id: comments.id,
			body: comments.body,
			authorId: comments.authorId,
			subjectType: comments.subjectType,
			subjectId: comments.subjectId,
			deletedAt: comments.deletedAt,
			hiddenAt: comments.hiddenAt,
			handle: members.handle,
			displayName: publicName(reader)
		})
		.from(comments)
		.innerJoin(members, eq(members.id, comments.authorId))
		.where(eq(comments.id, commentId));
	if (!row) throw new NotFound('comment_error_not_found');
	const subject = await loadSubject(db, reader, row.subjectType, row.subjectId);
	const own = !!reader && reader.id === row.authorId && !row.deletedAt;
	// Hidden by a jury: its text is for its author only (not quoted, not in its history).
	const hidden = !!row.hiddenAt && !own;
	return { ...row, body: hidden ? '' : row.body, hidden, subject, own };
}

/** Every kept version of a comment, newest first (a deleted comment keeps none). */
export async function commentHistory(db: Queryable, reader: Actor | null, commentId: number) {
	const comment = await commentForEdit(db, reader, commentId);
	const versions = await db
		.select({
			version: commentVersions.version,
			body: commentVersions.body,
			createdAt: commentVersions.createdAt
		})
		.from(commentVersions)
		.where(eq(commentVersions.commentId, commentId))
		.orderBy(sql`${commentVersions.version} desc`);
	if (comment.hidden) versions.length = 0;
	return {
		comment,
		versions: versions.map((v) => ({ ...v, html: renderCommentMarkdown(v.body) }))
	};
}
