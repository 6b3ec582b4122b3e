import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The append-only log of everything members do. Each command appends its event in the
 * same transaction as its change; notifications, mail and feeds read from here.
 */
export const events = pgTable(
	'events',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		type: text('type').notNull(),
		actorId: bigint('actor_id', { mode: 'number' }),
		subjectType: text('subject_type').notNull(),
		subjectId: bigint('subject_id', { mode: 'number' }).notNull(),
		data: jsonb('data').notNull().default({}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('events_type_idx').on(t.type, t.id),
		index('events_subject_idx').on(t.subjectType, t.subjectId, t.id),
		index('events_actor_idx').on(t.actorId, t.id)
	]
);
