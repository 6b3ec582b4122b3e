import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Instance settings set by the operator or by decisions (organisation name, mission, …). */
export const instanceSettings = pgTable('instance_settings', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
