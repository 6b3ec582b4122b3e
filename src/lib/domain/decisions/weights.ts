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

/** The proposal form's scale of how much the named groups are affected: 1 (a little) to 5 (most). */
export const GROUP_STAKES = [1, 2, 3, 4, 5] as const;

/**
 * The group factor a stake level gives: everyone else counts once, so the groups' members count
 * once more than the level says (level 1, "a little": twice; level 5, "most": six times).
 */
export function groupFactorFor(stake: number): number {
	return stake + 1;
}

/** The level a stored factor reads as on the form (factors above 6 came from the API: level 5). */
export function groupStakeFor(factor: number): number {
	return Math.min(5, Math.max(1, factor - 1));
}

export function validStake(level: number, settings: Pick<DecisionSettings, 'stakeLevels'>) {
	return Number.isInteger(level) && level >= 1 && level <= settings.stakeLevels;
}

/**
 * Weightings a secret ballot may use. A ballot's weight is published with it after the close, so
 * a weight that says who cast it would undo the secrecy: a declared stake is public beside the
 * voter's name, and a group's factor tells members of the group from the rest. Only equal weights
 * say nothing about the voter.
 */
export function weightingKeepsSecret(weighting: Weighting): boolean {
	return weighting === 'equal';
}

/**
 * The weighting a secret ballot copied from another decision (a run-off, a reopened decision) may
 * keep: decisions written before the rule above could combine them, their successors cannot.
 */
export function weightingFor(secret: boolean, weighting: Weighting): Weighting {
	return secret && !weightingKeepsSecret(weighting) ? 'equal' : weighting;
}
