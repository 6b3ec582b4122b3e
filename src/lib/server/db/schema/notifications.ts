import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	index,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { oneOf } from './checks';
import { members } from './members';

/** How often the member wants the digest of what does not need them at once. */
export const DIGEST_FREQUENCIES = ['off', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** What a member may follow or mute. */
export const FOLLOW_SCOPES = ['chapter', 'project', 'decision'] as const;
export type FollowScope = (typeof FOLLOW_SCOPES)[number];
export const FOLLOW_MODES = ['follow', 'mute'] as const;
export type FollowMode = (typeof FOLLOW_MODES)[number];

/**
 * One line in a member's notification centre. Written by the notification handler when it routes
 * an event (src/lib/server/notifications/routing.ts), or by the scheduler for a vote closing soon.
 * `dedupe_key` makes each write idempotent: the dispatcher delivers at least once, and a member
 * gets each thing once. The title is what the recipient could see when it was written; the actor's
 * name is read at display time through the privacy rules, so a later choice to hide is honoured.
 */
export const notifications = pgTable(
	'notifications',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		actorId: bigint('actor_id', { mode: 'number' }),
		subjectType: text('subject_type').notNull(),
		subjectId: bigint('subject_id', { mode: 'number' }).notNull(),
		title: text('title').notNull().default(''),
		url: text('url').notNull(),
		dedupeKey: text('dedupe_key').notNull(),
		/** Needs the member soon: mailed at once (when they want that), not in the digest. */
		urgent: boolean('urgent').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		readAt: timestamp('read_at', { withTimezone: true }),
		/** Set when a digest carried it (or it was mailed at once): never mailed twice. */
		mailedAt: timestamp('mailed_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('notifications_member_dedupe_key').on(t.memberId, t.dedupeKey),
		index('notifications_member_idx').on(t.memberId, t.id.desc()),
		index('notifications_unread_idx')
			.on(t.memberId)
			.where(sql`${t.readAt} is null`),
		// The digest's queue: only what no mail has carried yet.
		index('notifications_unmailed_idx')
			.on(t.memberId, t.id)
			.where(sql`${t.mailedAt} is null`)
	]
);

/** A member's channels. No row: the defaults (mail at once for what needs action, daily digest). */
export const notificationSettings = pgTable(
	'notification_settings',
	{
		memberId: bigint('member_id', { mode: 'number' })
			.primaryKey()
			.references(() => members.id, { onDelete: 'cascade' }),
		emailNow: boolean('email_now').notNull().default(true),
		digest: text('digest').$type<DigestFrequency>().notNull().default('daily'),
		lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
		/** Signs the one-click unsubscribe links in this member's mail; replacing it voids them all. */
		unsubscribeKey: text('unsubscribe_key')
			.notNull()
			.default(sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [oneOf('notification_settings_digest_check', t.digest, DIGEST_FREQUENCIES)]
);

/** Follow (hear about everything) or mute (hear nothing but what is addressed to you) a scope. */
export const notificationFollows = pgTable(
	'notification_follows',
	{
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		scopeType: text('scope_type').$type<FollowScope>().notNull(),
		scopeId: bigint('scope_id', { mode: 'number' }).notNull(),
		mode: text('mode').$type<FollowMode>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.memberId, t.scopeType, t.scopeId] }),
		index('notification_follows_scope_idx').on(t.scopeType, t.scopeId),
		oneOf('notification_follows_scope_check', t.scopeType, FOLLOW_SCOPES),
		oneOf('notification_follows_mode_check', t.mode, FOLLOW_MODES)
	]
);

/**
 * Live messages too large for a NOTIFY payload (8,000 bytes): the notice carries this row's id and
 * each app process reads the data once. Kept for minutes only.
 */
export const liveMessages = pgTable('live_messages', {
	id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
	topic: text('topic').notNull(),
	data: jsonb('data').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
