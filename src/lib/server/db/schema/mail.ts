import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Outgoing mail, written in the command's transaction and delivered after commit
 * (a transactional outbox: no mail for a change that rolled back, none lost on a crash).
 */
export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		toAddress: text('to_address').notNull(),
		subject: text('subject').notNull(),
		textBody: text('text_body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		attempts: integer('attempts').notNull().default(0),
		// A sender claims a mail for a while, so two app nodes never send it twice.
		claimedUntil: timestamp('claimed_until', { withTimezone: true }),
		lastError: text('last_error')
	},
	(t) => [
		index('mail_outbox_pending_idx')
			.on(t.id)
			.where(sql`sent_at is null`)
	]
);
