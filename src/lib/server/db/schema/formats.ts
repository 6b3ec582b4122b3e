import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { members } from './members';

/**
 * Each member's private calendar address (src/lib/server/formats/subscriptions.ts). Calendar
 * programs cannot log in, so the address itself carries a secret; only its SHA-256 is kept (as for
 * sessions), so a leaked table opens no calendar. One address per member: making a new one
 * replaces the row, and the old address stops working at once.
 */
export const calendarSubscriptions = pgTable('calendar_subscriptions', {
	memberId: bigint('member_id', { mode: 'number' })
		.primaryKey()
		.references(() => members.id, { onDelete: 'cascade' }),
	tokenHash: text('token_hash').notNull().unique('calendar_subscriptions_token_hash_key'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
