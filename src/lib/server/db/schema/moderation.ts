import { sql } from 'drizzle-orm';
import {
	bigint,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { VERDICTS, type Counts, type Verdict } from '../../../domain/moderation/jury';
import { atLeast, oneOf } from './checks';
import { members } from './members';

export const JURY_CASE_STATUSES = ['open', 'decided'] as const;
export type JuryCaseStatus = (typeof JURY_CASE_STATUSES)[number];

/**
 * A flagged item before a jury of members (moderation/cases.ts). One case per item; an appeal is
 * a second case pointing at the first (`appeal_of`), at most one per case. The current draw is
 * `round`; each draw's seed is in `jury_draws`. Who flagged is never stored here.
 */
export const juryCases = pgTable(
	'jury_cases',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		/** The flagged item, as registered in moderation/subjects.ts (comment, post, thread, …). */
		subjectType: text('subject_type').notNull(),
		subjectId: bigint('subject_id', { mode: 'number' }).notNull(),
		/** Null for a reply from another server: no member wrote it, none is suspended or appeals. */
		authorId: bigint('author_id', { mode: 'number' }).references(() => members.id),
		/** The item's title when the case opened, for the public log. */
		title: text('title').notNull(),
		appealOf: bigint('appeal_of', { mode: 'number' }).references((): AnyPgColumn => juryCases.id),
		/** The author's reasons for an appeal. */
		appealReason: text('appeal_reason').notNull().default(''),
		status: text('status').$type<JuryCaseStatus>().notNull().default('open'),
		round: integer('round').notNull().default(1),
		/** The current jury's deadline. */
		deadline: timestamp('deadline', { withTimezone: true }).notNull(),
		verdict: text('verdict').$type<Verdict>(),
		suspendDays: integer('suspend_days'),
		counts: jsonb('counts').$type<Counts>(),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('jury_cases_subject_key')
			.on(t.subjectType, t.subjectId)
			.where(sql`appeal_of is null`),
		uniqueIndex('jury_cases_appeal_key').on(t.appealOf),
		index('jury_cases_log_idx')
			.on(t.decidedAt.desc(), t.id.desc())
			.where(sql`status = 'decided'`),
		index('jury_cases_due_idx')
			.on(t.deadline)
			.where(sql`status = 'open'`),
		index('jury_cases_author_idx').on(t.authorId),
		oneOf('jury_cases_status_check', t.status, JURY_CASE_STATUSES),
		oneOf('jury_cases_verdict_check', t.verdict, VERDICTS),
		atLeast('jury_cases_round_check', t.round, 1)
	]
);

/** Each draw of a case's jury: its published seed, the pool's size and the positions drawn. */
export const juryDraws = pgTable(
	'jury_draws',
	{
		caseId: bigint('case_id', { mode: 'number' })
			.notNull()
			.references(() => juryCases.id, { onDelete: 'cascade' }),
		round: integer('round').notNull(),
		seed: text('seed').notNull(),
		poolSize: integer('pool_size').notNull(),
		positions: integer('positions').array().notNull(),
		deadline: timestamp('deadline', { withTimezone: true }).notNull(),
		drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.caseId, t.round] })]
);

/** A juror of a case's draw and their vote. A member sits at most once on a case. */
export const jurors = pgTable(
	'jurors',
	{
		caseId: bigint('case_id', { mode: 'number' })
			.notNull()
			.references(() => juryCases.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		round: integer('round').notNull(),
		verdict: text('verdict').$type<Verdict>(),
		suspendDays: integer('suspend_days'),
		reason: text('reason').notNull().default(''),
		votedAt: timestamp('voted_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.caseId, t.memberId] }),
		index('jurors_member_idx').on(t.memberId, t.caseId),
		oneOf('jurors_verdict_check', t.verdict, VERDICTS)
	]
);

/** A member who asked not to be drawn for juries. */
export const juryOptOuts = pgTable('jury_opt_outs', {
	memberId: bigint('member_id', { mode: 'number' })
		.primaryKey()
		.references(() => members.id),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** A suspension of posting decided by a jury; lifted when an appeal's verdict replaces it. */
export const postingSuspensions = pgTable(
	'posting_suspensions',
	{
		caseId: bigint('case_id', { mode: 'number' })
			.primaryKey()
			.references(() => juryCases.id),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id),
		until: timestamp('until', { withTimezone: true }).notNull(),
		liftedAt: timestamp('lifted_at', { withTimezone: true })
	},
	(t) => [
		index('posting_suspensions_member_idx')
			.on(t.memberId, t.until)
			.where(sql`lifted_at is null`)
	]
);
