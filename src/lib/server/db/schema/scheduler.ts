import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Periodic jobs (see src/lib/server/scheduler). One row per job: when it is next due, and a lease
 * taken with `for update skip locked`, so among several app processes only one runs it at a time.
 */
export const scheduledJobs = pgTable('scheduled_jobs', {
	name: text('name').primaryKey(),
	intervalSeconds: integer('interval_seconds').notNull(),
	runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
	leasedUntil: timestamp('leased_until', { withTimezone: true }),
	lastStartedAt: timestamp('last_started_at', { withTimezone: true }),
	lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
	lastError: text('last_error')
});
