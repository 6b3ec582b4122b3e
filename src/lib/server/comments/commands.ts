import { and, count, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import {
	commentVersions,
	comments,
	flags,
	forumThreads,
	members,
	posts
} from '$lib/server/db/schema';
import { Conflict, Forbidden, Invalid, NotFound, TooManyRequests } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import type { Actor } from '$lib/server/members/policy';
import { parseInput } from '$lib/server/validation';
import { commentInput, flagInput } from '$lib/schemas/writing';
import { can } from '$lib/server/writing/policy';
import { readerFor } from '$lib/server/writing/reader';
import { writingLimits } from '$lib/server/writing/settings';
import { loadSubject } from './subjects';

/** Replies deeper than this are shown at this depth, with a note of whom they answer. */
export const MAX_DEPTH = 4;

const MENTION = /(?<![\p{L}\p{N}_@/])@([A-Za-z0-9_]{2,30})/gu;

/** The handles a text mentions (`@handle`), without duplicates. */
export function mentionedHandles(text: string): string[] {
	const withoutCode = text.replace(/```[\s\S]*?```|`[^`]*`/g, '');
	return [...new Set([...withoutCode.matchAll(MENTION)].map((m) => m[1].toLowerCase()))].slice(
		0,
		20
	);
}

async function mentionEvents(tx: Queryable, actor: Actor, commentId: number, body: string) {
	const handles = mentionedHandles(body);
	if (!handles.length) return;
	const found = await tx
		.select({ id: members.id })
		.from(members)
		.where(and(inArray(sql`lower(${members.handle})`, handles), sql`${members.deletedAt} is null`));
	for (const m of found) {
		if (m.id === actor.id) continue;
		await appendEvent(tx, {
			type: 'member.mentioned',
			actorId: actor.id,
			subjectType: 'comment',
			subjectId: commentId,
			data: { memberId: m.id }
		});
	}
}

/** Post a comment or a reply on a post or thread, within the posting limits and slow mode. */
export async function postComment(
	db: Db,
	actor: Actor,
	subjectType: string,
	subjectId: number,
	raw: unknown
) {
	const reader = await readerFor(db, actor);
	const subject = await loadSubject(db, reader, subjectType, subjectId);
	if (!can(reader, 'comment', { locked: subject.locked }))
		throw new Forbidden(subject.locked ? 'comment_error_locked' : 'error_forbidden');
	const input = parseInput(commentInput, raw);

	let parent: { id: number; rootId: number | null; depth: number } | undefined;
	if (input.parentId) {
		[parent] = await db
			.select({ id: comments.id, rootId: comments.rootId, depth: comments.depth })
			.from(comments)
			.where(
				and(
					eq(comments.id, input.parentId),
					eq(comments.subjectType, subject.type),
					eq(comments.subjectId, subject.id)
				)
			);
		if (!parent) throw new Invalid('error_form', { body: 'comment_error_parent_gone' });
	}

	const limits = await writingLimits(db);
	const [[hour], [day], [last]] = await Promise.all([
		db
			.select({ n: count() })
			.from(comments)
			.where(
				and(eq(comments.authorId, actor.id), gt(comments.createdAt, sql`now() - interval '1 hour'`))
			),
		db
			.select({ n: count() })
			.from(comments)
			.where(
				and(
					eq(comments.authorId, actor.id),
					eq(comments.subjectType, subject.type),
					eq(comments.subjectId, subject.id),
					gt(comments.createdAt, sql`now() - interval '1 day'`)
				)
			),
		db
			.select({ age: sql<number>`extract(epoch from now() - ${comments.createdAt})::float8` })
			.from(comments)
			.where(
				and(
					eq(comments.authorId, actor.id),
					eq(comments.subjectType, subject.type),
					eq(comments.subjectId, subject.id)
				)
			)
			.orderBy(desc(comments.createdAt))
			.limit(1)
	]);
	if (Number(hour.n) >= limits.commentsPerHour)
		throw new TooManyRequests('comment_error_hourly_limit', { limit: limits.commentsPerHour });
	if (Number(day.n) >= limits.commentsPerThreadPerDay)
		throw new TooManyRequests('comment_error_thread_limit', {
			limit: limits.commentsPerThreadPerDay
		});
	if (subject.slowModeSeconds > 0 && last && Number(last.age) < subject.slowModeSeconds)
		throw new TooManyRequests('comment_error_slow_mode', {
			seconds: Math.ceil(subject.slowModeSeconds - Number(last.age))
		});

	return db.transaction(async (tx) => {
		const [comment] = await tx
			.insert(comments)
			.values({
				subjectType: subject.type,
				subjectId: subject.id,
				parentId: parent?.id ?? null,
				rootId: parent ? (parent.rootId ?? parent.id) : null,
				depth: parent ? parent.depth + 1 : 0,
				authorId: actor.id,
				body: input.body,
				quotedId: input.quotedId ?? null
			})
			.returning({ id: comments.id });
		await tx
			.insert(commentVersions)
			.values({ commentId: comment.id, version: 1, body: input.body });
		if (subject.type === 'thread')
			await tx
				.update(forumThreads)
				.set({ commentCount: sql`${forumThreads.commentCount} + 1`, lastActivityAt: new Date() })
				.where(eq(forumThreads.id, subject.id));
		await appendEvent(tx, {
			type: 'comment.posted',
			actorId: actor.id,
			subjectType: 'comment',
			subjectId: comment.id,
			data: { on: subject.type, onId: subject.id, parentId: parent?.id ?? null }
		});
		await mentionEvents(tx, actor, comment.id, input.body);
		// The page of comments that starts with this comment's thread (keyset: after the one before).
		const root = parent ? (parent.rootId ?? parent.id) : comment.id;
		return { id: comment.id, url: `${subject.url}?after=${root - 1}#comment-${comment.id}` };
	});
}

async function ownComment(
	db: Queryable,
	actor: Actor,
	commentId: number,
	action: 'edit-comment' | 'delete-comment'
) {
	const [comment] = await db.select().from(comments).where(eq(comments.id, commentId));
	if (!comment) throw new NotFound('comment_error_not_found');
	const reader = await readerFor(db, actor);
	if (!can(reader, action, comment)) throw new Forbidden('error_forbidden');
	return comment;
}

/** Edit a comment; the old text is kept as a version anyone may read. */
export async function editComment(db: Db, actor: Actor, commentId: number, raw: unknown) {
	const comment = await ownComment(db, actor, commentId, 'edit-comment');
	const input = parseInput(commentInput.pick({ body: true }), raw);
	const subject = await loadSubject(
		db,
		await readerFor(db, actor),
		comment.subjectType,
		comment.subjectId
	);
	return db.transaction(async (tx) => {
		const version = comment.version + 1;
		await tx
			.update(comments)
			.set({ body: input.body, version, editedAt: new Date() })
			.where(eq(comments.id, commentId));
		await tx.insert(commentVersions).values({ commentId, version, body: input.body });
		await appendEvent(tx, {
			type: 'comment.edited',
			actorId: actor.id,
			subjectType: 'comment',
			subjectId: commentId,
			data: { version }
		});
		await mentionEvents(tx, actor, commentId, input.body);
		return { url: `${subject.url}#comment-${commentId}` };
	});
}

/** Delete a comment: its text goes, a tombstone stays so the replies still read in place. */
export async function deleteComment(db: Db, actor: Actor, commentId: number) {
	const comment = await ownComment(db, actor, commentId, 'delete-comment');
	await db.transaction(async (tx) => {
		await tx
			.update(comments)
			.set({ body: '', deletedAt: new Date() })
			.where(eq(comments.id, commentId));
		// Earlier versions are the member's words too: deleting removes them.
		await tx.delete(commentVersions).where(eq(commentVersions.commentId, commentId));
		await appendEvent(tx, {
			type: 'comment.deleted',
			actorId: actor.id,
			subjectType: 'comment',
			subjectId: commentId,
			data: { on: comment.subjectType, onId: comment.subjectId }
		});
	});
}

export type FlagSubjectType = 'comment' | 'post' | 'thread';

/**
 * Flag a comment, post or thread with a reason. Enough flags from different members collapse it
 * until the moderation juries review it. One flag per member per item.
 */
export async function flagContent(
	db: Db,
	actor: Actor,
	subjectType: string,
	subjectId: number,
	raw: unknown
) {
	const table =
		subjectType === 'comment'
			? comments
			: subjectType === 'post'
				? posts
				: subjectType === 'thread'
					? forumThreads
					: null;
	if (!table) throw new NotFound('comment_error_not_found');
	const [item] = await db
		.select({ authorId: table.authorId })
		.from(table)
		.where(eq(table.id, subjectId));
	if (!item) throw new NotFound('comment_error_not_found');
	const reader = await readerFor(db, actor);
	if (!can(reader, 'flag', item)) throw new Forbidden('flag_error_own');
	const input = parseInput(flagInput, raw);
	await db.transaction(async (tx) => {
		const inserted = await tx
			.insert(flags)
			.values({
				subjectType,
				subjectId,
				memberId: actor.id,
				reason: input.reason,
				note: input.note
			})
			.onConflictDoNothing()
			.returning({ id: flags.id });
		if (!inserted.length) throw new Conflict('flag_error_already');
		await tx
			.update(table)
			.set({ flagCount: sql`${table.flagCount} + 1` })
			.where(eq(table.id, subjectId));
		await appendEvent(tx, {
			type: 'content.flagged',
			actorId: actor.id,
			subjectType,
			subjectId,
			data: { reason: input.reason }
		});
	});
}
