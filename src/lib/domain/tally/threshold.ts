/**
 * Threshold vote on a motion: yes / no / abstain, an exact threshold over a
 * stated base, and an optional quorum.
 */
import { evaluateMotion, tallyChoices, type MotionFigures, type MotionRules } from './motion';
import { TieBreaker } from './tie-break';
import type { CommonOptions, MotionInput, ReportBase } from './types';

export interface ThresholdOptions extends CommonOptions, MotionRules {}

export interface ThresholdReport extends ReportBase, MotionFigures {
	method: 'threshold';
	rounds: [];
	tally: { yes: number; no: number; abstain: number };
}

export function countThreshold(
	input: MotionInput,
	options: ThresholdOptions = {}
): ThresholdReport {
	const ties = new TieBreaker([], options); // validates seed and rule, echoed for uniformity
	const tally = tallyChoices(input.ballots, ['yes', 'no', 'abstain'] as const);
	const figures = evaluateMotion(options, tally.yes, tally.no, tally.abstain);
	return {
		method: 'threshold',
		seats: 1,
		seed: ties.seed,
		tieBreak: ties.rule,
		totalBallots: tally.yes + tally.no + tally.abstain,
		// A motion has no candidates: the outcome says whether it passed.
		winners: [],
		rounds: [],
		ties: [],
		tally,
		...figures
	};
}
