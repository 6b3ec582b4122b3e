/** Pieces every counter shares: the common setup and the common report fields. */
import { checkSeats, fail } from './errors';
import { packRanked, type RankedProfile } from './ranked-profile';
import { TieBreaker } from './tie-break';
import type { CommonOptions, MethodId, RankedInput, TieRecord, TieBreakRule } from './types';

export interface RankedSetup {
	profile: RankedProfile;
	names: readonly string[];
	seats: number;
	ties: TieBreaker;
}

/** Packs ranked input, checks seats (single-winner methods refuse more than one) and sets up the tie-breaker. */
export function setupRanked(
	input: RankedInput,
	options: CommonOptions,
	singleWinner?: string
): RankedSetup {
	const profile = packRanked(input.candidates, input.ballots);
	const names = profile.candidates;
	const seats = checkSeats(options.seats ?? 1, names.length);
	if (singleWinner && seats !== 1)
		fail(`${singleWinner} elects one winner; use STV for several seats`, 'seats');
	return { profile, names, seats, ties: new TieBreaker(names, options) };
}

export function reportBase<M extends MethodId>(
	method: M,
	seats: number,
	ties: TieBreaker,
	totalBallots: number,
	winners: string[]
): {
	method: M;
	seats: number;
	seed: string;
	tieBreak: TieBreakRule;
	totalBallots: number;
	winners: string[];
	ties: TieRecord[];
} {
	return {
		method,
		seats,
		seed: ties.seed,
		tieBreak: ties.rule,
		totalBallots,
		winners,
		ties: ties.ties
	};
}
