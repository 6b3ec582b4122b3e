import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import type { ScopeRef } from '../../../domain/members/actor';
import {
	ELECTION_METHODS,
	ELECTION_PHASES,
	type BalanceRule,
	type ElectionChoice,
	type ElectionMethod,
	type ElectionPhase
} from '../../../domain/elections/types';
import { atLeast, oneOf } from './checks';
import { members } from './members';
import { roles } from './mandates';

/**
 * An election for a role's seats in one scope. Its phases run on deadlines (the scheduler's
 * `elections.advance`); its result is the full report of the count, kept as counted.
 */
export const elections = pgTable(
	'elections',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		role: text('role')
			.notNull()
			.references(() => roles.key, { onUpdate: 'cascade' }),
		scopeKind: text('scope_kind').$type<ScopeRef['kind']>().notNull(),
		scopeId: bigint('scope_id', { mode: 'number' }),
		seats: integer('seats').notNull(),
		method: text('method').$type<ElectionMethod>().notNull().default('meek'),
		phase: text('phase').$type<ElectionPhase>().notNull().default('nominations'),
		nominationsEndAt: timestamp('nominations_end_at', { withTimezone: true }).notNull(),
		votingEndsAt: timestamp('voting_ends_at', { withTimezone: true }).notNull(),
		balance: jsonb('balance').$type<BalanceRule>(),
		/** Ballots cast with blind-signed credentials: unlinkable to their voters, even by the server. */
		unlinkable: boolean('unlinkable').notNull().default(false),
		/** The whole count: report(s), balance steps, elected, reserves (see server/elections/count.ts). */
		result: jsonb('result'),
		/** Seeds every lot: the ballot order each voter sees and the count's tie-breaks. */
		seed: text('seed').notNull(),
		createdBy: bigint('created_by', { mode: 'number' }).references(() => members.id, {
			onDelete: 'set null'
		}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		countedAt: timestamp('counted_at', { withTimezone: true })
	},
	(t) => [
		index('elections_scope_idx').on(t.scopeKind, t.scopeId, t.id),
		index('elections_open_idx')
			.on(t.phase)
			.where(sql`${t.phase} <> 'closed'`),
		oneOf('elections_method_check', t.method, ELECTION_METHODS),
		oneOf('elections_phase_check', t.phase, ELECTION_PHASES),
		atLeast('elections_seats_check', t.seats, 1),
		check(
			'elections_scope_check',
			sql`(${t.scopeKind} = 'organisation' and ${t.scopeId} is null) or (${t.scopeKind} in ('chapter', 'committee', 'project') and ${t.scopeId} is not null)`
		),
		check('elections_deadlines_check', sql`${t.votingEndsAt} > ${t.nominationsEndAt}`),
		check('elections_irv_check', sql`${t.method} <> 'irv' or ${t.seats} = 1`)
	]
);

export type Election = typeof elections.$inferSelect;

/**
 * A member standing (or nominated) for an election. A nomination by someone else waits for the
 * nominee's consent; only consented, not withdrawn candidacies are on the ballot. One per member
 * and election: standing again after a withdrawal is not possible (the withdrawal stays on record).
 */
export const candidacies = pgTable(
	'candidacies',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		electionId: bigint('election_id', { mode: 'number' })
			.notNull()
			.references(() => elections.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		nominatedBy: bigint('nominated_by', { mode: 'number' }).references(() => members.id, {
			onDelete: 'set null'
		}),
		consentedAt: timestamp('consented_at', { withTimezone: true }),
		statement: text('statement').notNull().default(''),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('candidacies_election_member_key').on(t.electionId, t.memberId)]
);

export type Candidacy = typeof candidacies.$inferSelect;

/**
 * The electorate, fixed when voting opens: the members of the scope with the right to vote at that
 * moment. Joining the chapter afterwards gives no vote in this election.
 */
export const electionElectors = pgTable(
	'election_electors',
	{
		electionId: bigint('election_id', { mode: 'number' })
			.notNull()
			.references(() => elections.id, { onDelete: 'cascade' }),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.electionId, t.memberId] })]
);

/**
 * Ballots. A changed vote supersedes the old one (history is kept); the partial unique index keeps
 * one current ballot per voter even under a race. The choice names candidacy ids, never members.
 */
export const electionBallots = pgTable(
	'election_ballots',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		electionId: bigint('election_id', { mode: 'number' })
			.notNull()
			.references(() => elections.id, { onDelete: 'cascade' }),
		/** Null on an unlinkable ballot, which has `token_hash` instead (and a random id). */
		voterId: bigint('voter_id', { mode: 'number' }).references(() => members.id, {
			onDelete: 'cascade'
		}),
		/** SHA-256 of the blind-signed token an unlinkable ballot was cast with (hex). */
		tokenHash: text('token_hash'),
		choice: jsonb('choice').$type<ElectionChoice>().notNull(),
		castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
		supersededAt: timestamp('superseded_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('election_ballots_current_key')
			.on(t.electionId, t.voterId)
			.where(sql`${t.supersededAt} is null`),
		index('election_ballots_election_idx').on(t.electionId, t.id),
		// One voter's ballots, changed ones too: their history, and removing a member's rows.
		index('election_ballots_voter_idx').on(t.voterId, t.electionId, t.id),
		uniqueIndex('election_ballots_current_token_key')
			.on(t.electionId, t.tokenHash)
			.where(sql`${t.supersededAt} is null and ${t.tokenHash} is not null`),
		check(
			'election_ballots_voter_or_token_check',
			sql`(${t.voterId} is null) <> (${t.tokenHash} is null)`
		)
	]
);
