/**
 * Private messages: starting a conversation, writing in it, reading it, and blocking. Each
 * command loads the conversation as the actor stands to it (someone outside it gets NotFound, the
 * same answer as for a conversation that does not exist), asks the policy, and writes with its
 * event. Events carry ids only: never a message's text, a subject, or whom a member blocked.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Tx } from '$lib/server/db/client';
import {
	conversationMessages,
	conversationParticipants,
	conversations,
	memberBlocks,
	members
} from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Invalid, NotFound } from '$lib/server/errors';
import { eventAbout } from '$lib/server/events/about';
import { countUse, LIMITS, NEW_ACCOUNT_DAYS } from '$lib/server/limits';
import { parseInput } from '$lib/server/validation';
import { MAX_PARTICIPANTS, messageInput, startConversationInput } from '$lib/schemas/messages';
import { blockedBetween } from './blocks';
import { can } from './policy';

export const conversationUrl = (id: number) => `/messages/${id}`;


/** The stricter limit for a new account, counted besides `message` (docs/messages.md). */
async function countNewAccount(tx: Tx, actor: Actor) {
	const { rows } = await tx.execute<{ young: boolean }>(sql`
		select created_at > now() - make_interval(days => ${NEW_ACCOUNT_DAYS}) as young
		from members where id = ${actor.id}`);
	if (rows[0]?.young) await countUse(tx, actor.id, LIMITS.messageNewAccount);
}

/** Write a message and move every participant's copy of "newest message" to it. */
async function writeMessage(tx: Tx, actor: Actor, conversationId: number, body: string) {
	const [message] = await tx
		.insert(conversationMessages)
		.values({ conversationId, authorId: actor.id, body })
		.returning({ id: conversationMessages.id, createdAt: conversationMessages.createdAt });
	await tx
		.update(conversationParticipants)
		.set({
			lastMessageId: message.id,
			lastMessageAt: message.createdAt,
			lastReadMessageId: sql`case when ${conversationParticipants.memberId} = ${actor.id}
				then ${message.id} else ${conversationParticipants.lastReadMessageId} end`
		})
		.where(eq(conversationParticipants.conversationId, conversationId));
	return message.id;
}

/** The current members these handles name; any unknown one is a 400 on the field. */
async function recipientsOf(tx: Tx, actor: Actor, handles: string[]): Promise<number[]> {
	const rows = await tx
		.select({ id: members.id, handle: sql<string>`lower(${members.handle})` })
		.from(members)
		.where(
			and(
				sql`lower(${members.handle}) in (${sql.join(
					handles.map((h) => sql`${h}`),
					sql`, `
				)})`,
				sql`${members.deletedAt} is null and ${members.emailVerifiedAt} is not null`
			)
		);
	if (rows.length < handles.length)
		throw new Invalid('error_form', { to: 'message_error_unknown_handle' });
	const others = rows.map((r) => Number(r.id)).filter((id) => id !== actor.id);
	if (!others.length) throw new Invalid('error_form', { to: 'message_error_self' });
	if (others.length + 1 > MAX_PARTICIPANTS)
		throw new Invalid('error_form', { to: 'message_error_too_many' });
	return others;
}

/**
 * Start a conversation with one or more members (at most MAX_PARTICIPANTS in all) with its first
 * message. Nobody who blocked the sender, or whom the sender blocked, can be in it: 403, without
 * saying which of the recipients it is.
 */
export const startConversation = command({
	limit: LIMITS.message,
	input: (raw: unknown) => parseInput(startConversationInput, raw),
	load: async (tx, actor, input) => {
		const others = await recipientsOf(tx, actor, input.to);
		return { others, blocked: await blockedBetween(tx, actor.id, others) };
	},
	allow: (actor, { blocked }) => can(actor, 'start', { blocked }),
	forbidden: 'message_error_blocked',
	check: (_s, _i, actor, tx) => countNewAccount(tx, actor),
	run: async (tx, actor, { others }, input) => {
		const [conversation] = await tx
			.insert(conversations)
			.values({ subject: input.subject, startedBy: actor.id })
			.returning({ id: conversations.id });
		await tx
			.insert(conversationParticipants)
			.values(
				[actor.id, ...others].map((memberId) => ({ conversationId: conversation.id, memberId }))
			);
		const messageId = await writeMessage(tx, actor, conversation.id, input.body);
		return { id: conversation.id, messageId, url: conversationUrl(conversation.id) };
	},
	event: (out, { others }, _input, actor) => [
		eventAbout('conversation', out.id, actor.id, {
			type: 'conversation.started',
			data: { participants: others.length + 1 }
		}),
		eventAbout('message', out.messageId, actor.id, {
			type: 'message.sent',
			data: { conversationId: out.id }
		})
	]
});

/**
 * The conversation as the actor stands to it, its participant rows locked against a block being
 * read half-way; NotFound for anyone outside it.
 */
async function loadConversation(tx: Tx, actor: Actor, id: number) {
	const rows = await tx
		.select({ memberId: conversationParticipants.memberId })
		.from(conversationParticipants)
		.where(eq(conversationParticipants.conversationId, id))
		.for('update');
	const ids = rows.map((r) => Number(r.memberId));
	if (!ids.includes(actor.id)) throw new NotFound('message_error_not_found');
	const others = ids.filter((m) => m !== actor.id);
	return { id, participant: true, blocked: await blockedBetween(tx, actor.id, others) };
}

/** Write in a conversation one takes part in, unless a block stands between its participants. */
export const sendMessage = command({
	limit: LIMITS.message,
	input: (conversationId: number, raw: unknown) => ({
		conversationId,
		...parseInput(messageInput, raw)
	}),
	load: (tx, actor, input) => loadConversation(tx, actor, input.conversationId),
	allow: (actor, conversation) => can(actor, 'send', conversation),
	forbidden: 'message_error_blocked',
	check: (_s, _i, actor, tx) => countNewAccount(tx, actor),
	run: async (tx, actor, conversation, input) => {
		const id = await writeMessage(tx, actor, conversation.id, input.body);
		return { id, url: `${conversationUrl(conversation.id)}#message-${id}` };
	},
	event: (out, conversation, _input, actor) =>
		eventAbout('message', out.id, actor.id, {
			type: 'message.sent',
			data: { conversationId: conversation.id }
		})
});

/** Mark the conversation read up to a message (never back, never past its newest). */
export const markConversationRead = command({
	input: (conversationId: number, upTo: number) => ({ conversationId, upTo }),
	load: async (tx, actor, { conversationId }) => {
		const [row] = await tx
			.select({ memberId: conversationParticipants.memberId })
			.from(conversationParticipants)
			.where(
				and(
					eq(conversationParticipants.conversationId, conversationId),
					eq(conversationParticipants.memberId, actor.id)
				)
			);
		if (!row) throw new NotFound('message_error_not_found');
		return { participant: true, blocked: false };
	},
	allow: (actor, subject) => can(actor, 'read', subject),
	run: async (tx, actor, _s, { conversationId, upTo }) => {
		await tx
			.update(conversationParticipants)
			.set({
				lastReadMessageId: sql`greatest(${conversationParticipants.lastReadMessageId},
					least(${upTo}, ${conversationParticipants.lastMessageId}))`
			})
			.where(
				and(
					eq(conversationParticipants.conversationId, conversationId),
					eq(conversationParticipants.memberId, actor.id)
				)
			);
	},
	event: () => null
});

/** A current member by handle, for blocking; NotFound otherwise. */
async function memberByHandle(tx: Tx, handle: string) {
	const [row] = await tx
		.select({ id: members.id })
		.from(members)
		.where(
			and(
				sql`lower(${members.handle}) = ${handle.replace(/^@/, '').trim().toLowerCase()}`,
				sql`${members.deletedAt} is null`
			)
		);
	if (!row) throw new NotFound('message_error_unknown_member');
	return { memberId: Number(row.id) };
}

/** Block (or, with `block` false, unblock) a member; the event names the actor only. */
function blockCommand(block: boolean) {
	return command({
		input: (handle: string) => ({ handle: String(handle ?? '') }),
		load: (tx, _actor, { handle }) => memberByHandle(tx, handle),
		allow: (actor, target) => can(actor, 'block', target),
		forbidden: 'message_error_block_self',
		run: async (tx, actor, { memberId }) => {
			const rows = block
				? await tx
						.insert(memberBlocks)
						.values({ blockerId: actor.id, blockedId: memberId })
						.onConflictDoNothing()
						.returning({ id: memberBlocks.blockedId })
				: await tx
						.delete(memberBlocks)
						.where(and(eq(memberBlocks.blockerId, actor.id), eq(memberBlocks.blockedId, memberId)))
						.returning({ id: memberBlocks.blockedId });
			return { changed: rows.length > 0 };
		},
		event: (out, _t, _i, actor) => {
			if (!out.changed) return null;
			return block
				? eventAbout('member', actor.id, actor.id, { type: 'member.blocked' })
				: eventAbout('member', actor.id, actor.id, { type: 'member.unblocked' });
		}
	});
}

/**
 * Block a member: from now on neither can start a conversation with the other or write where the
 * other takes part. The blocked member is not told; the event does not say whom.
 */
export const blockMember = blockCommand(true);

/** Undo a block. */
export const unblockMember = blockCommand(false);
