import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { ScopeRef } from '../../../domain/members/actor';
import { ROLE_RIGHTS, type Role } from '../../../domain/members/roles';
import { oneOf } from './checks';
import { members } from './members';

/**
 * A member holding a role in a scope for a time. The actor loader reads the current ones, and the
 * role's rights apply only inside the scope (src/lib/domain/members/actor.ts). Elections, terms,
 * recall and countback fill and end these rows.
 */
export const mandates = pgTable(
	'mandates',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		memberId: bigint('member_id', { mode: 'number' })
			.notNull()
			.references(() => members.id, { onDelete: 'cascade' }),
		role: text('role').$type<Role>().notNull(),
		scopeKind: text('scope_kind').$type<ScopeRef['kind']>().notNull(),
		/** The chapter, committee or project; null for the organisation. */
		scopeId: bigint('scope_id', { mode: 'number' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull().defaultNow(),
		/** When the term ends; null for an open-ended mandate. */
		endsAt: timestamp('ends_at', { withTimezone: true })
	},
	(t) => [
		index('mandates_member_idx').on(t.memberId, t.endsAt),
		index('mandates_scope_idx').on(t.scopeKind, t.scopeId),
		check(
			'mandates_scope_check',
			sql`(${t.scopeKind} = 'organisation' and ${t.scopeId} is null) or (${t.scopeKind} in ('chapter', 'committee', 'project') and ${t.scopeId} is not null)`
		),
		oneOf('mandates_role_check', t.role, Object.keys(ROLE_RIGHTS)),
		check('mandates_term_check', sql`${t.endsAt} is null or ${t.endsAt} > ${t.startsAt}`)
	]
);

export type MandateRow = typeof mandates.$inferSelect;
