import '$lib/server/commentables';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Tx } from '$lib/server/db/client';
import {
	comments,
	conversationMessages,
	conversationParticipants,
	flags,
	forumThreads,
	posts,
	remoteReplies,
	type FlagSubjectType
} from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { LIMITS } from '$lib/server/limits';
import { NotFound } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { flagInput } from '$lib/schemas/writing';
import { can } from '$lib/server/writing/policy';
import { loadSubject } from './registry';
import { openCaseIfDue } from '$lib/server/moderation/cases';
import '$lib/server/messages/moderation';
import { flaggableRemoteReply } from '$lib/server/federation/moderated';

export type { FlagSubjectType };

const FLAGGABLE = {
	comment: comments,
	post: posts,
	thread: forumThreads,
	message: conversationMessages,
	'remote-reply': remoteReplies
} satisfies Record<FlagSubjectType, unknown>;

function isFlaggable(type: string): type is FlagSubjectType {
	return Object.hasOwn(FLAGGABLE, type);
}

/**
 * The flagged item's author, read through the rule its readers are shown it by (the registry's
 * loaders): a comment counts only while its discussion is visible to the actor and it is not
 * deleted. Whatever the actor may not read is NotFound, so a flag never tells that it exists.
 */
async function loadFlaggable(tx: Tx, actor: Actor, type: FlagSubjectType, id: number) {
	if (type === 'message') return loadMessage(tx, actor, id);
	if (type === 'remote-reply') return flaggableRemoteReply(tx, actor, id);
	if (type !== 'comment') return { authorId: (await loadSubject(tx, actor, type, id)).authorId };
	const [comment] = await tx
		.select({
			authorId: comments.authorId,
			deletedAt: comments.deletedAt,
			subjectType: comments.subjectType,
			subjectId: comments.subjectId
		})
		.from(comments)
		.where(eq(comments.id, id));
	if (!comment || comment.deletedAt) throw new NotFound('comment_error_not_found');
	await loadSubject(tx, actor, comment.subjectType, comment.subjectId);
	return { authorId: comment.authorId };
}

/**
 * A private message, for one of its conversation's participants only: to anyone else it does
 * not exist. A message already removed with its author's writing has nothing left to flag.
 */
async function loadMessage(tx: Tx, actor: Actor, id: number) {
	const [message] = await tx
		.select({ authorId: conversationMessages.authorId, deletedAt: conversationMessages.deletedAt })
		.from(conversationMessages)
		.innerJoin(
			conversationParticipants,
			and(
				eq(conversationParticipants.conversationId, conversationMessages.conversationId),
				eq(conversationParticipants.memberId, actor.id)
			)
		)
		.where(eq(conversationMessages.id, id));
	if (!message || message.deletedAt) throw new NotFound('message_error_not_found');
	return { authorId: message.authorId };
}

/**
 * Flag a comment, post, thread, private message or reply from another server with a reason. Enough flags from different members collapse it
 * until the moderation juries review it. One flag per member per item: a second one (even sent
 * twice at once) is a Conflict, by the unique index.
 */
export const flagContent = command({
	limit: LIMITS.flag,
	input: (subjectType: string, subjectId: number, raw: unknown) => ({
		subjectType,
		subjectId,
		...parseInput(flagInput, raw)
	}),
	load: async (tx, actor, input) => {
		if (!isFlaggable(input.subjectType)) throw new NotFound('comment_error_not_found');
		const item = await loadFlaggable(tx, actor, input.subjectType, input.subjectId);
		return { ...item, table: FLAGGABLE[input.subjectType] };
	},
	allow: (actor, item) => can(actor, 'flag', item),
	forbidden: 'flag_error_own',
	run: async (tx, actor, { table }, input) => {
		await tx.insert(flags).values({
			subjectType: input.subjectType,
			subjectId: input.subjectId,
			memberId: actor.id,
			reason: input.reason,
			note: input.note
		});
		await tx
			.update(table)
			.set({ flagCount: sql`${table.flagCount} + 1` })
			.where(eq(table.id, input.subjectId));
		// Enough flags open the item's jury case (moderation/cases.ts), with no word of who flagged.
		await openCaseIfDue(tx, input.subjectType, input.subjectId);
	},
	event: (_out, _item, input, actor) => ({
		type: 'content.flagged',
		actorId: actor.id,
		subjectType: input.subjectType,
		subjectId: input.subjectId,
		data: { reason: input.reason }
	}),
	conflicts: { flags_subject_member_key: 'flag_error_already' }
});
