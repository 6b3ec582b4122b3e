import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { decisionGroups, stakeDeclarations } from '$lib/server/db/schema';
import { ballotWeight } from '$lib/domain/decisions/weights';
import type { DecisionSettings, Weighting } from '$lib/domain/decisions/types';
import { inAffectedGroups } from './eligibility';

type WeighedDecision = { id: number; weighting: string };

/** The weight a member's vote carries now (fixed on the ballot or amendment vote when cast). */
export async function voterWeight(
	db: Queryable,
	decision: WeighedDecision,
	settings: DecisionSettings,
	memberId: number
): Promise<number> {
	return (await voterWeights(db, decision, settings, [memberId])).get(memberId)!;
}

/** The weights of many voters at once, in at most two queries whatever their number. */
export async function voterWeights(
	db: Queryable,
	decision: WeighedDecision,
	settings: DecisionSettings,
	memberIds: readonly number[]
): Promise<Map<number, number>> {
	const weighting = decision.weighting as Weighting;
	const groups =
		weighting === 'group'
			? await db
					.select({ groupKind: decisionGroups.groupKind, groupId: decisionGroups.groupId })
					.from(decisionGroups)
					.where(eq(decisionGroups.decisionId, decision.id))
			: [];
	const inGroups = await inAffectedGroups(db, groups, memberIds);
	const stakes = new Map(
		weighting === 'stake' && memberIds.length
			? (
					await db
						.select({ memberId: stakeDeclarations.memberId, level: stakeDeclarations.level })
						.from(stakeDeclarations)
						.where(
							and(
								eq(stakeDeclarations.decisionId, decision.id),
								inArray(stakeDeclarations.memberId, [...memberIds])
							)
						)
				).map((s) => [s.memberId, s.level])
			: []
	);
	return new Map(
		memberIds.map((id) => [
			id,
			ballotWeight(weighting, settings, {
				inAffectedGroup: inGroups.has(id),
				stake: stakes.get(id) ?? null
			})
		])
	);
}
