/**
 * Public types of the counting core: ballots, options and reports.
 *
 * Everything a report holds is JSON-serialisable: exact rationals and
 * fixed-point figures travel as decimal strings ("1204.00000", "83/6"),
 * never as floats or BigInt.
 */
import type { RankedProfile } from './ranked-profile';

export const METHOD_IDS = [
	'threshold',
	'consent',
	'approval',
	'score',
	'borda',
	'irv',
	'schulze',
	'ranked-pairs',
	'stv-meek',
	'stv-scottish',
	'stv-gregory'
] as const;

export type MethodId = (typeof METHOD_IDS)[number];

/** A ranked ballot: ordered groups; a group of several is a tie (Condorcet) or an overvote (IRV/STV). */
export interface RankedBallot {
	count: number;
	ranking: readonly (readonly string[])[];
}

export interface ApprovalBallot {
	count: number;
	approve: readonly string[];
}

/** Score ballot; a candidate left out (or null) is blank. */
export interface ScoreBallot {
	count: number;
	scores: Readonly<Record<string, number | null>>;
}

export type MotionChoice = 'yes' | 'no' | 'abstain';
export interface MotionBallot {
	count: number;
	choice: MotionChoice;
}

export type ConsentChoice = 'agree' | 'abstain' | 'disagree' | 'block';
export interface ConsentBallot {
	count: number;
	choice: ConsentChoice;
}

/** Ranked input: plain ballots (the web app) or a packed profile (BLT parser, large files). */
export interface RankedInput {
	candidates: readonly string[];
	ballots: readonly RankedBallot[] | RankedProfile;
}
export interface ApprovalInput {
	candidates: readonly string[];
	ballots: readonly ApprovalBallot[];
}
export interface ScoreInput {
	candidates: readonly string[];
	ballots: readonly ScoreBallot[];
}
export interface MotionInput {
	ballots: readonly MotionBallot[];
}
export interface ConsentInput {
	ballots: readonly ConsentBallot[];
}

/**
 * How a tie is finally resolved once the method's own rule (e.g. earlier
 * stages) could not: by a seeded lot, or by the order of the candidate list
 * (earlier-listed candidates are favoured: kept, elected, ranked higher).
 */
export type TieBreakRule = 'random' | 'candidate-order';

export interface CommonOptions {
	/** Seats to fill; defaults to 1. */
	seats?: number;
	/** Seed of the lot; echoed in the report. Defaults to "0". */
	seed?: string | number;
	/** Final tie-break; defaults to 'random' (seeded). */
	tieBreak?: TieBreakRule;
}

/** An exact fraction, e.g. {numerator: 2, denominator: 3}. */
export interface Fraction {
	numerator: number;
	denominator: number;
}

export type OrderEntry = string | string[];

export interface TieRecord {
	/** Round or stage in which the tie had to be broken, where the method has rounds. */
	stage?: number;
	/** What the tie decided: who is excluded, elected, whose surplus goes first, … */
	purpose: 'exclude' | 'elect' | 'surplus' | 'winner' | 'seat' | 'pair-order' | 'committee';
	tied: string[];
	/** 'earlier-stage': decided by the votes at an earlier stage; otherwise the final rule. */
	resolvedBy: 'earlier-stage' | TieBreakRule;
	chosen: string[];
	/** For 'earlier-stage': the stage that decided. */
	decidedAtStage?: number;
}

export interface ReportBase {
	method: MethodId;
	seats: number;
	seed: string;
	tieBreak: TieBreakRule;
	/** Valid ballots counted (sum of weights). */
	totalBallots: number;
	winners: string[];
	order?: OrderEntry[];
	rounds: unknown[];
	ties: TieRecord[];
}
