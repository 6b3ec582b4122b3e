import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { decisions } from './decisions';
import { members } from './members';

/** Instance settings set by the operator or by decisions (organisation name, mission, …). */
export const instanceSettings = pgTable('instance_settings', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * The public log of every setting change: the value before and after, and who is behind it (the
 * operator who applied it, or the decision whose outcome applied it). Rows are never changed.
 */
export const settingChanges = pgTable(
	'setting_changes',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		key: text('key').notNull(),
		/** Null when the setting had only its default before. */
		oldValue: jsonb('old_value'),
		newValue: jsonb('new_value').notNull(),
		changedBy: bigint('changed_by', { mode: 'number' }).references(() => members.id, {
			onDelete: 'set null'
		}),
		decisionId: bigint('decision_id', { mode: 'number' }).references(() => decisions.id, {
			onDelete: 'set null'
		}),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('setting_changes_at_idx').on(t.at, t.id),
		index('setting_changes_key_idx').on(t.key, t.at)
	]
);

/**
 * A settings decision: the change it proposes, applied by the `decision.closed` handler when the
 * decision passes (`appliedAt` makes the handler idempotent).
 */
export const settingProposals = pgTable('setting_proposals', {
	decisionId: bigint('decision_id', { mode: 'number' })
		.primaryKey()
		.references(() => decisions.id, { onDelete: 'cascade' }),
	key: text('key').notNull(),
	value: jsonb('value').notNull(),
	appliedAt: timestamp('applied_at', { withTimezone: true }),
	createdAt: timestamp('created_at', { withTimezone: true })
		.notNull()
		.default(sql`now()`)
});
