/**
 * Small pure rules that pages, the API and queries share about how a decision is shown: which
 * phases come before which, when results may be seen, which ballots publish as BLT. Kept here so
 * a template never carries its own copy of a rule.
 */
import type { DecisionOutcome } from './tally';
import { PHASES, RANKED_METHODS, type Phase } from './types';

/** The phases a decision in the register can be in (a draft is never listed). */
export const LISTED_PHASES = PHASES.filter((p): p is Exclude<Phase, 'draft'> => p !== 'draft');

/** Every outcome a count can reach, in the order the register offers them. */
export const OUTCOMES = [
	'passes',
	'fails',
	'blocked',
	'no-quorum',
	'chosen'
] as const satisfies readonly DecisionOutcome[];

/**
 * An amendment's votes are shown once it is put to a vote, and kept with the outcome (carried or
 * defeated); before (open), or when it never went to a vote (accepted, withdrawn), there are none.
 */
export function amendmentVotesShown(status: string): boolean {
	return status === 'voting' || status === 'carried' || status === 'defeated';
}

/** Has `phase` already been passed by a decision now in `current`? */
export function phaseIsPast(current: string, phase: string): boolean {
	const at = PHASES.indexOf(current as Phase);
	const of = PHASES.indexOf(phase as Phase);
	return at >= 0 && of >= 0 && at > of;
}

export type TimelineStep = {
	phase: Exclude<Phase, 'draft'>;
	/** When the phase ends (for `closed`, when it closed). */
	until: Date | string | null;
	state: 'past' | 'current' | 'future';
};

/** The phases a submitted decision goes through, each with its deadline and where it stands. */
export function timeline(d: {
	phase: string;
	discussionEndsAt: Date | string | null;
	amendmentsEndAt: Date | string | null;
	votingEndsAt: Date | string | null;
	closedAt: Date | string | null;
}): TimelineStep[] {
	const until = {
		discussion: d.discussionEndsAt,
		amendments: d.amendmentsEndAt,
		voting: d.votingEndsAt,
		closed: d.closedAt
	};
	return LISTED_PHASES.map((phase) => ({
		phase,
		until: until[phase],
		state: d.phase === phase ? 'current' : phaseIsPast(d.phase, phase) ? 'past' : 'future'
	}));
}

type ResultRules = { phase: string; secret: boolean; hideResultsUntilClose: boolean };

/**
 * A secret ballot always hides its results until the close, whatever its setting says: a live
 * count that moves by one as each member votes, beside the public list of who has not voted yet,
 * would tell a watcher how each of them voted.
 */
export function resultsHiddenUntilClose(d: Omit<ResultRules, 'phase'>): boolean {
	return d.secret || d.hideResultsUntilClose;
}

/** Results are seen once closed, and while voting unless they are hidden until the close. */
export function resultsVisible(d: ResultRules): boolean {
	return d.phase === 'closed' || (d.phase === 'voting' && !resultsHiddenUntilClose(d));
}

/** Each voter's choice is listed only for an open ballot whose results may be seen. */
export function openBallotsVisible(d: ResultRules): boolean {
	return !d.secret && resultsVisible(d);
}

/** Is this a ranked ballot (a numbered choice per option)? */
export function isRanked(method: string): boolean {
	return (RANKED_METHODS as readonly string[]).includes(method);
}

/** Ranked choices are also published in BLT, the format STV and Condorcet tools read. */
export function publishesBlt(d: { ballotType: string; method: string }): boolean {
	return d.ballotType === 'choice' && isRanked(d.method);
}

/** A fraction as a whole percentage (a quorum of 1/3 is 33). */
export function percentOf(f: { numerator: number; denominator: number }): number {
	return Math.round((f.numerator / f.denominator) * 100);
}

/** Amendments still waiting for the authors or for a vote. */
export function isPendingAmendment(status: string): boolean {
	return status === 'open' || status === 'voting';
}
