import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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
		/** Extra headers, such as List-Unsubscribe on notification mail (RFC 8058). */
		headers: jsonb('headers').$type<Record<string, string>>(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		attempts: integer('attempts').notNull().default(0),
		// A sender claims a mail for a while, so two app nodes never send it twice.
		claimedUntil: timestamp('claimed_until', { withTimezone: true }),
		/**
		 * Set, and committed, just before the SMTP exchange. A mail left with it and no `sent_at` was
		 * being sent when a process died: the server may have it, so it is never sent again.
		 */
		sendingAt: timestamp('sending_at', { withTimezone: true }),
		lastError: text('last_error')
	},
	(t) => [
		index('mail_outbox_pending_idx')
			.on(t.id)
			.where(sql`sent_at is null`)
	]
);
