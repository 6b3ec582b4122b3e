import { sql } from 'drizzle-orm';
import {
	bigint,
	check,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { members } from './members';

/**
 * Private conversations between a few members (src/lib/server/messages). Nothing here is ever
 * shown to anyone outside the conversation: no page, feed, search or API reads these tables but
 * the conversation's own pages, for its participants (docs/messages.md).
 */
export const conversations = pgTable(
	'conversations',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		subject: text('subject').notNull(),
		startedBy: bigint('started_by', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [check('conversations_subject_length_check', sql`char_length(${t.subject}) <= 200`)]
);

/**
 * Who takes part in a conversation, and how far they have read. The newest message's id and time
 * are kept on each participant's row (a conversation has at most a handful), so a member's list is
 * one index scan in the order it is shown and their unread count one small index count.
 */
export const conversationParticipants = pgTable(
	'conversation_participants',
	{
		conversationId: bigint('conversation_id', { mode: 'number' })
			.notNull()
			.references(() => conversations.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
		/** The newest message in the conversation (copied here for the member's list and count). */
		lastMessageId: bigint('last_message_id', { mode: 'number' }).notNull().default(0),
		lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
		/** The newest message this member has seen: later ones are unread. */
		lastReadMessageId: bigint('last_read_message_id', { mode: 'number' }).notNull().default(0)
	},
	(t) => [
		primaryKey({
			name: 'conversation_participants_pkey',
			columns: [t.conversationId, t.memberId]
		}),
		index('conversation_participants_list_idx').on(
			t.memberId,
			t.lastMessageAt.desc(),
			t.conversationId.desc()
		),
		index('conversation_participants_unread_idx')
			.on(t.memberId)
			.where(sql`${t.lastMessageId} > ${t.lastReadMessageId}`)
	]
);

/**
 * One message. A jury's verdict hides it (`hidden_at`: its participants see that a jury hid it);
 * an author who deletes their account and their writing leaves an empty tombstone (`deleted_at`).
 */
export const conversationMessages = pgTable(
	'conversation_messages',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		conversationId: bigint('conversation_id', { mode: 'number' })
			.notNull()
			.references(() => conversations.id, { onDelete: 'cascade' }),
		authorId: bigint('author_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		body: text('body').notNull(),
		flagCount: integer('flag_count').notNull().default(0),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		deletedAt: timestamp('deleted_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('conversation_messages_conversation_idx').on(t.conversationId, t.id),
		index('conversation_messages_author_idx').on(t.authorId),
		check('conversation_messages_body_length_check', sql`char_length(${t.body}) <= 10000`)
	]
);

/**
 * A member (`blocker`) who does not want to hear from another (`blocked`): no conversation
 * between the two can start, and neither can write where the other takes part. Only the blocker
 * ever sees the row: the member export leaves out the rows where the member is the one blocked.
 */
export const memberBlocks = pgTable(
	'member_blocks',
	{
		blockerId: bigint('blocker_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		blockedId: bigint('blocked_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ name: 'member_blocks_pkey', columns: [t.blockerId, t.blockedId] }),
		index('member_blocks_blocked_idx').on(t.blockedId),
		check('member_blocks_self_check', sql`${t.blockerId} <> ${t.blockedId}`)
	]
);
