import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { membershipSettings } from '$lib/server/instance/membership-settings';
import { TIERS, type TierRights } from '$lib/domain/members/tiers';
import type { ScopeKind } from '$lib/domain/decisions/types';

/**
 * Who may vote on a decision: the active members of its scope (not lapsed, not deleted, address
 * confirmed) whose tier has the right to vote. Friends may discuss but do not vote. A chapter's
 * members include those of the chapters under it. Once a decision leaves the draft its electorate
 * is fixed (`electorateCutoff`, electorate.ts): only members who had joined the scope by then vote,
 * so nobody can join a chapter to swing a vote already under way. Written as SQL conditions on `m`
 * (members), so checks, counts and the "not yet voted" list share one definition.
 */
export type Scope = {
	scopeKind: string;
	scopeId: number | null;
	electorateCutoff?: Date | null;
};

export function tiersThatVote(rights: TierRights): string[] {
	return TIERS.filter((t) => rights[t]?.includes('vote'));
}

export async function votingTiers(db: Queryable): Promise<string[]> {
	return tiersThatVote((await membershipSettings(db)).tierRights);
}

function inScope(scope: Scope): SQL {
	const id = scope.scopeId ?? 0;
	const cutoff = scope.electorateCutoff ? new Date(scope.electorateCutoff).toISOString() : null;
	// Joined by the cut-off (always true without one).
	const by = (joined: SQL) => (cutoff ? sql`${joined} <= ${cutoff}::timestamptz` : sql`true`);
	switch (scope.scopeKind as ScopeKind) {
		case 'organisation':
			return by(sql`m.email_verified_at`);
		case 'chapter':
			return sql`exists (select 1 from chapter_memberships cm where cm.member_id = m.id and cm.chapter_id in (
				select c.id from chapters c where c.id = ${id} or c.parent_id = ${id}
					or c.parent_id in (select p.id from chapters p where p.parent_id = ${id}))
				and ${by(sql`cm.joined_at`)})`;
		case 'project':
			return sql`exists (select 1 from project_members pm where pm.member_id = m.id and pm.project_id = ${id} and pm.left_at is null and ${by(sql`pm.joined_at`)})`;
		case 'committee':
			return sql`exists (select 1 from committee_members km where km.member_id = m.id and km.committee_id = ${id} and ${by(sql`km.joined_at`)})`;
		default:
			return sql`false`;
	}
}

/** The condition on `members m` for an eligible voter of this scope. */
export function eligibleCondition(scope: Scope, tiers: string[]): SQL {
	const tierList = tiers.length
		? sql.join(
				tiers.map((t) => sql`${t}`),
				sql`, `
			)
		: sql`null`;
	return sql`m.lapsed_at is null and m.deleted_at is null and m.email_verified_at is not null
		and m.tier in (${tierList}) and ${inScope(scope)}`;
}

export async function isEligible(
	db: Queryable,
	scope: Scope,
	memberId: number,
	tiers?: string[]
): Promise<boolean> {
	return (await eligibleAmong(db, scope, [memberId], tiers)).has(memberId);
}

/** Which of these members may vote in the scope: one query for many voters (ballot-box.ts). */
export async function eligibleAmong(
	db: Queryable,
	scope: Scope,
	memberIds: readonly number[],
	tiers?: string[]
): Promise<Set<number>> {
	if (!memberIds.length) return new Set();
	tiers ??= await votingTiers(db);
	const r = await db.execute<{ id: number }>(
		sql`select m.id::int as id from members m where m.id in ${memberIds} and ${eligibleCondition(scope, tiers)}`
	);
	return new Set(r.rows.map((row) => Number(row.id)));
}

export async function eligibleCount(db: Queryable, scope: Scope): Promise<number> {
	const tiers = await votingTiers(db);
	const r = await db.execute<{ n: number }>(
		sql`select count(*)::int as n from members m where ${eligibleCondition(scope, tiers)}`
	);
	return Number(r.rows[0]?.n ?? 0);
}

export type AffectedGroupRef = { groupKind: string; groupId: number };

/** Which of these members are in one of the groups the decision names as affected? (By group.) */
export async function inAffectedGroups(
	db: Queryable,
	groups: AffectedGroupRef[],
	memberIds: readonly number[]
): Promise<Set<number>> {
	if (!groups.length || !memberIds.length) return new Set();
	const checks = groups.map((g) =>
		g.groupKind === 'project'
			? inScope({ scopeKind: 'project', scopeId: g.groupId })
			: inScope({ scopeKind: 'chapter', scopeId: g.groupId })
	);
	const r = await db.execute<{ id: number }>(
		sql`select m.id::int as id from members m where m.id in ${memberIds} and (${sql.join(checks, sql` or `)})`
	);
	return new Set(r.rows.map((row) => Number(row.id)));
}
