import { sql } from 'drizzle-orm';
import {
	bigint,
	check,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import type { ScopeRef } from '../../../domain/members/actor';
import type { Right } from '../../../domain/members/tiers';
import { MANDATE_END_REASONS, type MandateEndReason } from '../../../domain/members/roles';
import { atLeast, oneOf } from './checks';
import { members } from './members';
import { elections } from './elections';

/**
 * A role the organisation fills by mandate: where it may be held, the rights it gives there, how
 * many seats each scope has, how long a term lasts and how many terms one member may serve. Roles
 * are rows, not code, so the members can define and change them by decision (self-government).
 */
export const roles = pgTable(
	'roles',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		/** Stable name in code and URLs: `facilitator`, `committee-seat`. */
		key: text('key').notNull(),
		/** The kinds of scope the role is held in (organisation, chapter, committee, project). */
		scopeKinds: text('scope_kinds').array().$type<ScopeRef['kind'][]>().notNull(),
		rights: text('rights')
			.array()
			.$type<Right[]>()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Seats per scope. */
		seats: integer('seats').notNull().default(1),
		termMonths: integer('term_months').notNull().default(12),
		/** Most terms one member may serve in all; null: no limit. */
		termLimit: integer('term_limit'),
		/** Most consecutive terms (rotation); null: no limit. */
		maxConsecutive: integer('max_consecutive'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('roles_key_key').on(t.key),
		atLeast('roles_seats_check', t.seats, 1),
		atLeast('roles_term_months_check', t.termMonths, 1),
		atLeast('roles_term_limit_check', t.termLimit, 1),
		atLeast('roles_max_consecutive_check', t.maxConsecutive, 1)
	]
);

export type RoleRow = typeof roles.$inferSelect;

/**
 * A member holding a role in a scope for a time. The actor loader reads the current ones, and the
 * role's rights apply only inside the scope (src/lib/domain/members/actor.ts). Elections, terms,
 * recall and countback fill and end these rows; an ended mandate stays, with why it ended.
 */
export const mandates = pgTable(
	'mandates',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		role: text('role')
			.notNull()
			.references(() => roles.key, { onUpdate: 'cascade' }),
		scopeKind: text('scope_kind').$type<ScopeRef['kind']>().notNull(),
		/** The chapter, committee or project; null for the organisation. */
		scopeId: bigint('scope_id', { mode: 'number' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull().defaultNow(),
		/** When the term ends (or ended early); null for an open-ended mandate. */
		endsAt: timestamp('ends_at', { withTimezone: true }),
		/** Why it ended before or at its term: set when the mandate is over. */
		endReason: text('end_reason').$type<MandateEndReason>(),
		/** The election that filled it, when one did. */
		electionId: bigint('election_id', { mode: 'number' }).references(() => elections.id, {
			onDelete: 'set null'
		})
	},
	(t) => [
		index('mandates_member_idx').on(t.memberId, t.endsAt),
		index('mandates_scope_idx').on(t.scopeKind, t.scopeId),
		check(
			'mandates_scope_check',
			sql`(${t.scopeKind} = 'organisation' and ${t.scopeId} is null) or (${t.scopeKind} in ('chapter', 'committee', 'project') and ${t.scopeId} is not null)`
		),
		oneOf('mandates_end_reason_check', t.endReason, MANDATE_END_REASONS),
		check('mandates_term_check', sql`${t.endsAt} is null or ${t.endsAt} > ${t.startsAt}`)
	]
);

export type MandateRow = typeof mandates.$inferSelect;
