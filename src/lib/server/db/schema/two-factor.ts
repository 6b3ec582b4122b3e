import { bigint, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
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
