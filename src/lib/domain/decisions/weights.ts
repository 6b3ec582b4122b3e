/**
 * Influence in proportion to how affected one is: the integer weight a ballot carries, fixed when
 * it is cast. Equal: 1. By group: members of a named group count `groupFactor` times. Declared
 * stake: the level the voter declared on the decision's scale (1 = hardly affected).
 */
import type { DecisionSettings, Weighting } from './types';

export type VoterStanding = {
	/** Is the voter a member of one of the groups the decision names as affected? */
	inAffectedGroup: boolean;
	/** The voter's declared stake level, if they declared one. */
	stake: number | null;
};

export function ballotWeight(
	weighting: Weighting,
	settings: Pick<DecisionSettings, 'groupFactor' | 'stakeLevels'>,
	voter: VoterStanding
): number {
	if (weighting === 'group') return voter.inAffectedGroup ? settings.groupFactor : 1;
	if (weighting === 'stake') return voter.stake ?? 1;
	return 1;
}

export function validStake(level: number, settings: Pick<DecisionSettings, 'stakeLevels'>) {
	return Number.isInteger(level) && level >= 1 && level <= settings.stakeLevels;
}
