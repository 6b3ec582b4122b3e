import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { oneOf } from './checks';

/**
 * What an event is about: the `subject` of the catalogue's events (a flag's is the flagged
 * comment, post or thread). constraints.test.ts keeps this list and the catalogue in step.
 */
export const EVENT_SUBJECT_TYPES = [
	'member',
	'chapter',
	'post',
	'thread',
	'comment',
	'image',
	'decision',
	'project',
	'task',
	'election',
	'mandate',
	'forum',
	'setting-change',
	'convention',
	'founding-document',
	'aid-post',
	'conversation',
	'message',
	'jury-case',
	'remote-reply'
] as const;
export type EventSubjectType = (typeof EVENT_SUBJECT_TYPES)[number];

/**
 * The append-only log of everything members do. Each command appends its event in the
 * same transaction as its change (the types and payloads are in catalogue.ts); the dispatcher
 * hands each one to its handlers after commit, and notifications, mail and feeds hang off those.
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
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** Set by the dispatcher once every handler has run (src/lib/server/events/dispatcher.ts). */
		dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
		/** Failed tries; an event that keeps failing is left for an operator to look at. */
		dispatchAttempts: smallint('dispatch_attempts').notNull().default(0)
	},
	(t) => [
		index('events_type_idx').on(t.type, t.id),
		index('events_subject_idx').on(t.subjectType, t.subjectId, t.id),
		index('events_actor_idx').on(t.actorId, t.id),
		// The dispatcher's queue: only the few undispatched events are in this index.
		index('events_undispatched_idx')
			.on(t.id)
			.where(sql`${t.dispatchedAt} is null`),
		oneOf('events_subject_type_check', t.subjectType, EVENT_SUBJECT_TYPES)
	]
);
