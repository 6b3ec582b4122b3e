import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { members } from './members';

/**
 * Personal access tokens for the JSON API. Only the SHA-256 of the secret is kept (as for
 * sessions), so a leaked table gives no working token; the member sees the secret once. The
 * token's own request window lives on its row: counting it is the same write that records when
 * it was last used.
 */
export const apiTokens = pgTable(
	'api_tokens',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		secretHash: text('secret_hash').notNull().unique('api_tokens_secret_hash_key'),
		/** The secret's last characters, so a member can tell their tokens apart. */
		hint: text('hint').notNull(),
		scopes: text('scopes').array().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		windowStartedAt: timestamp('window_started_at', { withTimezone: true }),
		windowUsed: integer('window_used').notNull().default(0)
	},
	(t) => [
		index('api_tokens_member_idx').on(t.memberId),
		check('api_tokens_scopes_check', sql`${t.scopes} <@ array['read','write','vote']::text[]`),
		check('api_tokens_name_check', sql`char_length(${t.name}) between 1 and 100`)
	]
);
