import '$lib/server/commentables';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { commentVersions, comments } from '$lib/server/db/schema';
import type { Actor } from '$lib/domain/members/actor';
import { command } from '$lib/server/command';
import { LIMITS } from '$lib/server/limits';
import { Forbidden, Invalid, NotFound, TooManyRequests } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { commentInput } from '$lib/schemas/writing';
import { can } from '$lib/server/writing/policy';
import { writingLimits } from '$lib/server/writing/settings';
import { mentionEvents, mentionedMembers } from './mentions';
import { commentableOf, loadSubject, type CommentableSubject } from './registry';
import { eventAbout } from '$lib/server/events/about';

export { mentionedHandles } from './mentions';
export { flagContent, type FlagSubjectType } from './flags';

/** Replies deeper than this are shown at this depth, with a note of whom they answer. */
export const MAX_DEPTH = 4;

/** One member's comments are written one at a time, so the limits count what is really there. */
const COMMENT_LOCK = 7_201;

function refuse(key: string): never {
	throw new Forbidden(key);
}

/** The limits on posting: per hour everywhere, per discussion per day, and slow mode. */
async function checkCommentLimits(tx: Tx, actor: Actor, subject: CommentableSubject) {
	const limits = await writingLimits(tx);
	// One statement: inside the transaction the queries would share one connection anyway.
	const here = sql`author_id = ${actor.id} and subject_type = ${subject.type} and subject_id = ${subject.id}`;
	const { rows } = await tx.execute<{ hour: number; day: number; age: number | null }>(sql`
		select
			(select count(*) from comments
				where author_id = ${actor.id} and created_at > now() - interval '1 hour') as hour,
			(select count(*) from comments
				where ${here} and created_at > now() - interval '1 day') as day,
			(select extract(epoch from now() - max(created_at))::float8 from comments
				where ${here}) as age`);
	const { hour, day, age } = rows[0];
	if (Number(hour) >= limits.commentsPerHour)
		throw new TooManyRequests('comment_error_hourly_limit', { limit: limits.commentsPerHour });
	if (Number(day) >= limits.commentsPerThreadPerDay)
		throw new TooManyRequests('comment_error_thread_limit', {
			limit: limits.commentsPerThreadPerDay
		});
	if (subject.slowModeSeconds > 0 && age !== null && Number(age) < subject.slowModeSeconds)
		throw new TooManyRequests('comment_error_slow_mode', {
			seconds: Math.ceil(subject.slowModeSeconds - Number(age))
		});
}

/** Post a comment or a reply on anything commentable, within the posting limits and slow mode. */
export const postComment = command({
	limit: LIMITS.comment,
	input: (subjectType: string, subjectId: number, raw: unknown) => ({
		subjectType,
		subjectId,
		...parseInput(commentInput, raw)
	}),
	load: async (tx, actor, input) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${COMMENT_LOCK}::int, ${actor.id}::int)`);
		const subject = await loadSubject(tx, actor, input.subjectType, input.subjectId, true);
		const [parent] = input.parentId
			? await tx
					.select({ id: comments.id, rootId: comments.rootId, depth: comments.depth })
					.from(comments)
					.where(
						and(
							eq(comments.id, input.parentId),
							eq(comments.subjectType, subject.type),
							eq(comments.subjectId, subject.id)
						)
					)
			: [];
		return { subject, parent };
	},
	allow: (actor, { subject }) =>
		can(actor, 'comment', subject) ||
		refuse(subject.locked ? 'comment_error_locked' : 'error_forbidden'),
	check: async ({ subject, parent }, input, actor, tx) => {
		if (input.parentId && !parent)
			throw new Invalid('error_form', { body: 'comment_error_parent_gone' });
		await checkCommentLimits(tx, actor, subject);
	},
	run: async (tx, actor, { subject, parent }, input) => {
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
		await commentableOf(subject.type).commented?.(tx, subject.id);
		const mentioned = await mentionedMembers(tx, actor.id, input.body);
		// The page of comments that starts with this comment's thread (keyset: after the one before).
		const root = parent ? (parent.rootId ?? parent.id) : comment.id;
		return {
			id: comment.id,
			url: `${subject.url}?after=${root - 1}#comment-${comment.id}`,
			mentioned
		};
	},
	event: (out, { subject, parent }, _input, actor) => [
		{
			type: 'comment.posted',
			actorId: actor.id,
			subjectType: 'comment',
			subjectId: out.id,
			data: { on: subject.type, onId: subject.id, parentId: parent?.id ?? null }
		},
		...mentionEvents(actor.id, out.id, out.mentioned)
	]
});

/** A comment, locked for a change by its author. */
async function lockComment(tx: Tx, commentId: number) {
	const [comment] = await tx
		.select()
		.from(comments)
		.where(eq(comments.id, commentId))
		.for('update');
	if (!comment) throw new NotFound('comment_error_not_found');
	return comment;
}

/** Edit a comment; the old text is kept as a version anyone may read. */
export const editComment = command({
	input: (commentId: number, raw: unknown) => ({
		commentId,
		...parseInput(commentInput.pick({ body: true }), raw)
	}),
	load: async (tx, actor, input) => {
		const comment = await lockComment(tx, input.commentId);
		const subject = await loadSubject(tx, actor, comment.subjectType, comment.subjectId);
		return { comment, subject };
	},
	allow: (actor, { comment }) => can(actor, 'edit-comment', comment),
	run: async (tx, actor, { comment, subject }, input) => {
		// The comment row is locked, so the next version number is free.
		const version = comment.version + 1;
		await tx
			.update(comments)
			.set({ body: input.body, version, editedAt: new Date() })
			.where(eq(comments.id, comment.id));
		await tx.insert(commentVersions).values({ commentId: comment.id, version, body: input.body });
		return {
			url: `${subject.url}#comment-${comment.id}`,
			version,
			mentioned: await mentionedMembers(tx, actor.id, input.body)
		};
	},
	event: (out, { comment }, _input, actor) => [
		{
			type: 'comment.edited',
			actorId: actor.id,
			subjectType: 'comment',
			subjectId: comment.id,
			data: { version: out.version }
		},
		...mentionEvents(actor.id, comment.id, out.mentioned)
	]
});

/** Delete a comment: its text goes, a tombstone stays so the replies still read in place. */
export const deleteComment = command({
	input: (commentId: number) => ({ commentId }),
	load: async (tx, actor, input) => {
		const comment = await lockComment(tx, input.commentId);
		// One's own words may always be taken back; anyone else's comment on something they may
		// not read does not exist for them (404, not a refusal that tells it is there).
		if (comment.authorId !== actor.id)
			await loadSubject(tx, actor, comment.subjectType, comment.subjectId);
		return comment;
	},
	allow: (actor, comment) => can(actor, 'delete-comment', comment),
	run: async (tx, _actor, comment) => {
		await tx
			.update(comments)
			.set({ body: '', deletedAt: new Date() })
			.where(eq(comments.id, comment.id));
		// Earlier versions are the member's words too: deleting removes them.
		await tx.delete(commentVersions).where(eq(commentVersions.commentId, comment.id));
	},
	event: (_out, comment, _input, actor) =>
		eventAbout('comment', comment.id, actor.id, {
			type: 'comment.deleted',
			data: { on: comment.subjectType, onId: comment.subjectId }
		})
});
