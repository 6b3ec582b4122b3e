import { and, eq } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { decisionGroups, stakeDeclarations } from '$lib/server/db/schema';
import { ballotWeight } from '$lib/domain/decisions/weights';
import type { DecisionSettings, Weighting } from '$lib/domain/decisions/types';
import { inAffectedGroup } from './eligibility';

/** The weight a member's vote carries now (fixed on the ballot or amendment vote when cast). */
export async function voterWeight(
	db: Queryable,
	decision: { id: number; weighting: string },
	settings: DecisionSettings,
	memberId: number
): Promise<number> {
	const weighting = decision.weighting as Weighting;
	const groups =
		weighting === 'group'
			? await db
					.select({ groupKind: decisionGroups.groupKind, groupId: decisionGroups.groupId })
					.from(decisionGroups)
					.where(eq(decisionGroups.decisionId, decision.id))
			: [];
	const [stake] =
		weighting === 'stake'
			? await db
					.select({ level: stakeDeclarations.level })
					.from(stakeDeclarations)
					.where(
						and(
							eq(stakeDeclarations.decisionId, decision.id),
							eq(stakeDeclarations.memberId, memberId)
						)
					)
			: [];
	return ballotWeight(weighting, settings, {
		inAffectedGroup: groups.length ? await inAffectedGroup(db, groups, memberId) : false,
		stake: stake?.level ?? null
	});
}
