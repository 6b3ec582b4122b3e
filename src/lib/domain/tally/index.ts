/**
 * Plenary's counting core: every vote-counting method, exact and
 * replayable. Pure functions, no I/O.
 *
 *   import { count } from '$lib/domain/tally';
 *   const report = count('schulze', { candidates, ballots }, { seed: 'decision-42' });
 *
 * The registry maps each method id to its counter; the `satisfies` clause
 * makes a missing method a compile error.
 */
import { countApproval, type ApprovalOptions, type ApprovalReport } from './approval';
import { countBorda, type BordaOptions, type BordaReport } from './borda';
import { countConsent, type ConsentOptions, type ConsentReport } from './consent';
import { fail } from './errors';
import { countIrv, type IrvOptions, type IrvReport } from './irv';
import { countRankedPairs, type RankedPairsOptions, type RankedPairsReport } from './ranked-pairs';
import { countSchulze, type SchulzeOptions, type SchulzeReport } from './schulze';
import { countScore, type ScoreOptions, type ScoreReport } from './score';
import { countGregoryStv, type GregoryStvOptions } from './stv-gregory';
import { countMeekStv, type MeekOptions, type MeekReport } from './stv-meek';
import { countScottishStv, type ScottishStvOptions } from './stv-scottish';
import { countThreshold, type ThresholdOptions, type ThresholdReport } from './threshold';
import type {
	ApprovalInput,
	ConsentInput,
	MethodId,
	MotionInput,
	RankedInput,
	ScoreInput
} from './types';
import type { WigmReport } from './wigm';

/** Input, options and report of each method. */
export interface MethodTypes {
	threshold: { input: MotionInput; options: ThresholdOptions; report: ThresholdReport };
	consent: { input: ConsentInput; options: ConsentOptions; report: ConsentReport };
	approval: { input: ApprovalInput; options: ApprovalOptions; report: ApprovalReport };
	score: { input: ScoreInput; options: ScoreOptions; report: ScoreReport };
	borda: { input: RankedInput; options: BordaOptions; report: BordaReport };
	irv: { input: RankedInput; options: IrvOptions; report: IrvReport };
	schulze: { input: RankedInput; options: SchulzeOptions; report: SchulzeReport };
	'ranked-pairs': { input: RankedInput; options: RankedPairsOptions; report: RankedPairsReport };
	'stv-meek': { input: RankedInput; options: MeekOptions; report: MeekReport };
	'stv-scottish': { input: RankedInput; options: ScottishStvOptions; report: WigmReport };
	'stv-gregory': { input: RankedInput; options: GregoryStvOptions; report: WigmReport };
}

export type MethodInput<M extends MethodId> = MethodTypes[M]['input'];
export type MethodOptions<M extends MethodId> = MethodTypes[M]['options'];
export type MethodReport<M extends MethodId> = MethodTypes[M]['report'];
export type Counter<M extends MethodId> = (
	input: MethodInput<M>,
	options?: MethodOptions<M>
) => MethodReport<M>;
export type CountReport = MethodReport<MethodId>;

export const counters = {
	threshold: countThreshold,
	consent: countConsent,
	approval: countApproval,
	score: countScore,
	borda: countBorda,
	irv: countIrv,
	schulze: countSchulze,
	'ranked-pairs': countRankedPairs,
	'stv-meek': countMeekStv,
	'stv-scottish': countScottishStv,
	'stv-gregory': countGregoryStv
} satisfies { [M in MethodId]: Counter<M> };

/** Counts `input` by `method`. Throws VotingInputError (with the field) on bad input. */
export function count<M extends MethodId>(
	method: M,
	input: MethodInput<M>,
	options: MethodOptions<M> = {}
): MethodReport<M> {
	if (!Object.hasOwn(counters, method)) fail(`unknown method ${JSON.stringify(method)}`, 'method');
	const counter = counters[method] as Counter<M>;
	return counter(input, options);
}

export * from './types';
export { VotingInputError } from './errors';
export { BltParser, parseBlt, writeBlt, type BltElection, type BltLimits } from './blt';
export { isMethodId, parseCaseJson, writeCaseJson, type VoteCase } from './case-json';
export { packRanked, unpackRanked, type RankedProfile } from './ranked-profile';
export type { ApprovalOptions, ApprovalReport } from './approval';
export type { BordaOptions, BordaReport } from './borda';
export type { ConsentOptions, ConsentReport } from './consent';
export type { IrvOptions, IrvReport, IrvRound } from './irv';
export type { MotionRules, MotionBase, Threshold } from './motion';
export type { RankedPairsOptions, RankedPairsReport } from './ranked-pairs';
export type { SchulzeOptions, SchulzeReport, DebianRules } from './schulze';
export type { ScoreOptions, ScoreReport } from './score';
export type { GregoryStvOptions } from './stv-gregory';
export type { MeekOptions, MeekReport, MeekRound } from './stv-meek';
export type { ScottishStvOptions } from './stv-scottish';
export type { ThresholdOptions, ThresholdReport } from './threshold';
export type { StvStage, WigmReport } from './wigm';
