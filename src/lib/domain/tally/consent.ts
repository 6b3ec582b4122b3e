/**
 * Consent: agree / abstain / disagree / block. The proposal passes when the
 * blocks do not exceed the allowed number (default 0) and agreement meets
 * the threshold (default: more than 1/2 of agree + disagree + block; blocks
 * count as votes against). Quorum as for threshold votes.
 */
import { fail } from './errors';
import { evaluateMotion, tallyChoices, type MotionFigures, type MotionRules } from './motion';
import { TieBreaker } from './tie-break';
import type { CommonOptions, ConsentInput, ReportBase } from './types';

export interface ConsentOptions extends CommonOptions, MotionRules {
	/** Blocks tolerated; one more and the proposal fails. Default 0. */
	maxBlocks?: number;
}

export interface ConsentReport extends ReportBase, MotionFigures {
	method: 'consent';
	rounds: [];
	tally: { agree: number; abstain: number; disagree: number; block: number };
	maxBlocks: number;
	blocked: boolean;
}

export function countConsent(input: ConsentInput, options: ConsentOptions = {}): ConsentReport {
	const maxBlocks = options.maxBlocks ?? 0;
	if (!Number.isSafeInteger(maxBlocks) || maxBlocks < 0)
		fail('must be a whole number', 'maxBlocks');
	const ties = new TieBreaker([], options); // validates seed and rule, echoed for uniformity
	const tally = tallyChoices(input.ballots, ['agree', 'abstain', 'disagree', 'block'] as const);
	const figures = evaluateMotion(options, tally.agree, tally.disagree + tally.block, tally.abstain);
	const blocked = tally.block > maxBlocks;
	return {
		method: 'consent',
		seats: 1,
		seed: ties.seed,
		tieBreak: ties.rule,
		totalBallots: figures.turnout,
		winners: [],
		rounds: [],
		ties: [],
		tally,
		maxBlocks,
		blocked,
		...figures,
		outcome: figures.outcome === 'passes' && blocked ? 'fails' : figures.outcome
	};
}
