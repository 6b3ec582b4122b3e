import { bigint, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { oneOf } from './checks';
import { members } from './members';

/** What a single-use e-mail link is for. */
export const EMAIL_LINK_PURPOSES = ['verify-email', 'reset-password', 'change-email'] as const;
export type EmailLinkPurpose = (typeof EMAIL_LINK_PURPOSES)[number];

/** Log-in sessions. The id is the SHA-256 of the cookie's token, so a database leak gives no live session. */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		/** Updated at most every few minutes, for the member's list of their sessions. */
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		userAgent: text('user_agent').notNull().default('')
	},
	(t) => [index('sessions_member_idx').on(t.memberId)]
);

/**
 * Browsers a member has logged in from before (a long-lived cookie holds the token; only its
 * SHA-256 is kept). Failed log-ins from elsewhere never slow these down: see throttle.ts.
 */
export const knownDevices = pgTable(
	'known_devices',
	{
		/** One browser may be known to several accounts (a shared family computer). */
		id: text('id').notNull(),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.id, t.memberId] }),
		index('known_devices_member_idx').on(t.memberId)
	]
);

/** Single-use links sent by e-mail (verification, password reset, e-mail change); stored hashed. */
export const emailTokens = pgTable(
	'email_tokens',
	{
		id: text('id').primaryKey(),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		purpose: text('purpose').$type<EmailLinkPurpose>().notNull(),
		email: text('email').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [
		index('email_tokens_member_idx').on(t.memberId, t.purpose),
		oneOf('email_tokens_purpose_check', t.purpose, EMAIL_LINK_PURPOSES)
	]
);

/** Attempt counters (keys are SHA-256 digests, never addresses), shared by every app node. */
export const authThrottle = pgTable('auth_throttle', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull().default(0),
	windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
	lockedUntil: timestamp('locked_until', { withTimezone: true })
});
