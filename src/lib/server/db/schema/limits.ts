import { bigint, check, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { members } from './members';

/**
 * How often each member has done each limited action (posting, uploading, proposing…) in the
 * current window: one row per member and action, counted in the transaction of the action itself,
 * so the limit holds across every app process sharing the database (src/lib/server/limits.ts).
 */
export const memberLimits = pgTable(
	'member_limits',
	{
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		/** The limit's name, e.g. "post" or "image". */
		action: text('action').notNull(),
		windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
		used: integer('used').notNull()
	},
	(t) => [
		primaryKey({ name: 'member_limits_pkey', columns: [t.memberId, t.action] }),
		check('member_limits_used_check', sql`${t.used} >= 0`),
		check('member_limits_action_check', sql`${t.action} ~ '^[a-z][a-z-]{0,39}$'`)
	]
);
