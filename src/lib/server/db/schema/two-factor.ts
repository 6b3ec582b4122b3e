import { bigint, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { oneOf } from './checks';
import { members } from './members';

/**
 * A member's authenticator-app secret (TOTP, RFC 6238). The secret is sealed with
 * PLENARY_SECRET_KEY when one is configured (accounts/two-factor/secret-box.ts). Until
 * `enabledAt` is set the setup is unfinished and log-in asks for no second factor.
 */
export const totpSecrets = pgTable('totp_secrets', {
	memberId: bigint('member_id', { mode: 'number' })
		.primaryKey()
		.references(() => members.id, { onDelete: 'cascade' }),
	secret: text('secret').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	enabledAt: timestamp('enabled_at', { withTimezone: true }),
	/** The last 30-second step a code was accepted for: a code is never accepted twice. */
	lastStep: bigint('last_step', { mode: 'number' })
});

/** Single-use recovery codes, stored as SHA-256 digests (the codes are random and long). */
export const recoveryCodes = pgTable(
	'recovery_codes',
	{
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.memberId, t.codeHash] })]
);

/**
 * A log-in whose password was right and whose second factor is still to come. The cookie holds
 * a random token; only its SHA-256 is kept, and it is good for a few minutes and one use.
 */
export const pendingLogins = pgTable(
	'pending_logins',
	{
		id: text('id').primaryKey(),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		userAgent: text('user_agent').notNull().default('')
	},
	(t) => [index('pending_logins_member_idx').on(t.memberId)]
);

/**
 * Passkeys (WebAuthn credentials): a second step at log-in, or a log-in on their own (the
 * authenticator checks who holds it). Only the public key is kept.
 */
export const passkeys = pgTable(
	'passkeys',
	{
		/** The credential id, base64url, as the browser reports it. */
		id: text('id').primaryKey(),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		publicKey: text('public_key').notNull(),
		/** The signature counter the authenticator last reported (0 for those that keep none). */
		counter: bigint('counter', { mode: 'number' }).notNull().default(0),
		transports: text('transports').array().notNull().default([]),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true })
	},
	(t) => [index('passkeys_member_idx').on(t.memberId)]
);

export const WEBAUTHN_PURPOSES = ['register', 'authenticate'] as const;

/**
 * A WebAuthn challenge waiting for the browser's answer. The browser holds a random token in an
 * HttpOnly cookie (only its SHA-256 is here); a challenge is good for five minutes and one answer.
 */
export const webauthnChallenges = pgTable(
	'webauthn_challenges',
	{
		id: text('id').primaryKey(),
		/** Who is registering, or whose pending log-in this is; null for a log-in with a passkey alone. */
		memberId: bigint('member_id', { mode: 'number' }).references(() => members.id, {
			onDelete: 'cascade'
		}),
		purpose: text('purpose').$type<(typeof WEBAUTHN_PURPOSES)[number]>().notNull(),
		challenge: text('challenge').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [oneOf('webauthn_challenges_purpose_check', t.purpose, WEBAUTHN_PURPOSES)]
);
