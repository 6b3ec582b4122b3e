import { sql } from 'drizzle-orm';
import {
	bigint,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { atLeast, oneOf } from './checks';
import { decisions } from './decisions';
import { mandates } from './mandates';
import { members } from './members';

/**
 * A recall petition is `open` while members of the mandate's scope sign it; at its threshold a
 * recall vote opens (`voting`), which ends `carried` (the mandate is ended) or `failed`.
 */
export const RECALL_STATUSES = ['open', 'voting', 'carried', 'failed'] as const;
export type RecallStatus = (typeof RECALL_STATUSES)[number];

/** Members of a mandate's scope asking to recall it; the threshold is fixed when it starts. */
export const recallPetitions = pgTable(
	'recall_petitions',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		mandateId: bigint('mandate_id', { mode: 'number' })
			.notNull()
			.references(() => mandates.id, { onDelete: 'cascade' }),
		startedBy: bigint('started_by', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		status: text('status').$type<RecallStatus>().notNull().default('open'),
		/** Signatures needed, from the scope's members when the petition started. */
		threshold: integer('threshold').notNull(),
		/** The recall vote, once the threshold is reached. */
		decisionId: bigint('decision_id', { mode: 'number' }).references(() => decisions.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		closedAt: timestamp('closed_at', { withTimezone: true })
	},
	(t) => [
		// One petition at a time per mandate: a second is a Conflict, not a split of signatures.
		uniqueIndex('recall_petitions_one_open_key')
			.on(t.mandateId)
			.where(sql`status in ('open', 'voting')`),
		index('recall_petitions_decision_idx').on(t.decisionId),
		oneOf('recall_petitions_status_check', t.status, RECALL_STATUSES),
		atLeast('recall_petitions_threshold_check', t.threshold, 1)
	]
);

export const recallSignatures = pgTable(
	'recall_signatures',
	{
		petitionId: bigint('petition_id', { mode: 'number' })
			.notNull()
			.references(() => recallPetitions.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ name: 'recall_signatures_pkey', columns: [t.petitionId, t.memberId] })]
);
