/**
 * Instant-runoff voting (single winner).
 *
 * Each round every ballot counts for its highest-ranked continuing
 * candidate. A candidate with more than half of the continuing (not
 * exhausted) votes is elected; otherwise the lowest candidate is eliminated
 * (ties: the most recent earlier round at which they differed, then the
 * final rule) or, with batch elimination, every candidate that is
 * mathematically certain to lose: the largest set of lowest candidates whose
 * combined votes are fewer than those of the next candidate up.
 *
 * Only the ballots of eliminated candidates are looked at again, so the
 * count is linear in the number of preferences, not in rounds × ballots.
 */
import { fail } from './errors';
import { checkOvervote, RankWalker, type OvervoteRule } from './ranked-profile';
import { reportBase, setupRanked } from './report';
import { toOrder } from './tie-break';
import type { CommonOptions, OrderEntry, RankedInput, ReportBase } from './types';

export interface IrvOptions extends CommonOptions {
	/** Overvote reached: exhaust the ballot (default) or skip the rank. */
	overvote?: OvervoteRule;
	/** Eliminate all mathematically certain losers together. Default false. */
	batchElimination?: boolean;
}

export interface IrvRound {
	round: number;
	/** Votes of each continuing candidate. */
	tallies: Record<string, number>;
	/** Ballots exhausted so far. */
	exhausted: number;
	/** Tallies + exhausted: always the total of valid ballots. */
	total: number;
	continuingVotes: number;
	/** Votes needed to be elected: more than half of the continuing votes. */
	majority: number;
	/** Votes moved in at the start of this round (from last round's eliminations). */
	transfersIn?: Record<string, number>;
	newlyExhausted?: number;
	elected?: string;
	eliminated: string[];
}

export interface IrvReport extends ReportBase {
	method: 'irv';
	overvote: OvervoteRule;
	batchElimination: boolean;
	/** floor(total / 2) + 1: the "winning threshold" ChoicePlus prints; election itself needs a majority of continuing votes. */
	initialThreshold: number;
	order: OrderEntry[];
	rounds: IrvRound[];
}

export function countIrv(input: RankedInput, options: IrvOptions = {}): IrvReport {
	const { profile, names, seats, ties } = setupRanked(input, options, 'instant-runoff');
	const n = names.length;
	const overvote = checkOvervote(options.overvote ?? 'exhaust');
	const batch = options.batchElimination ?? false;
	if (typeof batch !== 'boolean') fail('must be true or false', 'batchElimination');

	const { offsets, weights } = profile;
	const walker = new RankWalker(profile, overvote);
	const continuing = new Uint8Array(n).fill(1);
	const tallies = new Float64Array(n);
	const piles: number[][] = Array.from({ length: n }, () => []);
	const pos = new Uint32Array(profile.size);
	let exhausted = 0;
	for (let b = 0; b < profile.size; b++) {
		const c = walker.next(offsets[b], offsets[b + 1], continuing);
		if (c >= 0) {
			pos[b] = walker.pos;
			piles[c].push(b);
			tallies[c] += weights[b];
		} else exhausted += weights[b];
	}

	const rounds: IrvRound[] = [];
	const history: number[][] = [];
	const eliminatedOrder: number[][] = [];
	let transfersIn: Float64Array | undefined;
	let newlyExhausted = 0;
	let winner = -1;
	for (let round = 1; winner < 0; round++) {
		const alive = names.map((_, i) => i).filter((c) => continuing[c]);
		const continuingVotes = alive.reduce((s, c) => s + tallies[c], 0);
		const rec: IrvRound = {
			round,
			tallies: Object.fromEntries(alive.map((c) => [names[c], tallies[c]])),
			exhausted,
			total: continuingVotes + exhausted,
			continuingVotes,
			majority: Math.floor(continuingVotes / 2) + 1,
			eliminated: []
		};
		if (transfersIn) {
			rec.transfersIn = Object.fromEntries(
				alive.filter((c) => transfersIn![c] > 0).map((c) => [names[c], transfersIn![c]])
			);
			rec.newlyExhausted = newlyExhausted;
		}
		rounds.push(rec);
		history.push(Array.from(tallies));

		const top = alive.reduce((a, c) => (tallies[c] > tallies[a] ? c : a), alive[0]);
		if (alive.length === 1 || tallies[top] * 2 > continuingVotes) {
			winner = top;
			rec.elected = names[top];
			break;
		}

		const out = (batch && certainLosers(alive, tallies)) || [
			ties.chooseByHistory(
				lowest(alive, tallies),
				history,
				(a, b) => a - b,
				'lowest',
				'exclude',
				round
			)
		];
		for (const c of out) continuing[c] = 0;
		rec.eliminated = out.map((c) => names[c]);
		eliminatedOrder.push(out);

		transfersIn = new Float64Array(n);
		newlyExhausted = 0;
		for (const c of out) {
			for (const b of piles[c]) {
				const end = offsets[b + 1];
				const to = walker.next(walker.after(pos[b], end), end, continuing);
				if (to >= 0) {
					pos[b] = walker.pos;
					piles[to].push(b);
					tallies[to] += weights[b];
					transfersIn[to] += weights[b];
				} else {
					exhausted += weights[b];
					newlyExhausted += weights[b];
				}
			}
			piles[c] = [];
			tallies[c] = 0;
		}
	}

	// Order: the winner, the other finalists by votes, then the eliminated in
	// reverse order of elimination (a batch ordered by its last votes).
	const last = history[history.length - 1];
	const byVotes = (set: number[]) => {
		const groups: number[][] = [];
		for (const c of [...set].sort((a, b) => last[b] - last[a] || a - b)) {
			const g = groups[groups.length - 1];
			if (g && last[g[0]] === last[c]) g.push(c);
			else groups.push([c]);
		}
		return groups;
	};
	const groups: number[][] = [
		[winner],
		...byVotes(names.map((_, i) => i).filter((c) => continuing[c] && c !== winner))
	];
	for (let i = eliminatedOrder.length - 1; i >= 0; i--) {
		const set = eliminatedOrder[i];
		const h = history[i];
		const sorted = [...set].sort((a, b) => h[b] - h[a] || a - b);
		for (const c of sorted) {
			const g = groups[groups.length - 1];
			if (g && set.includes(g[0]) && h[g[0]] === h[c]) g.push(c);
			else groups.push([c]);
		}
	}

	return {
		...reportBase('irv', seats, ties, profile.totalWeight, [names[winner]]),
		order: toOrder(groups, names),
		rounds,
		overvote,
		batchElimination: batch,
		initialThreshold: Math.floor(profile.totalWeight / 2) + 1
	};
}

function lowest(alive: number[], tallies: Float64Array): number[] {
	const min = Math.min(...alive.map((c) => tallies[c]));
	return alive.filter((c) => tallies[c] === min);
}

/**
 * The largest set of lowest candidates whose combined votes are below the
 * next candidate's (so no transfer among them could save any), if it has at
 * least two members; otherwise undefined (eliminate one as usual).
 */
function certainLosers(alive: number[], tallies: Float64Array): number[] | undefined {
	const sorted = [...alive].sort((a, b) => tallies[a] - tallies[b]);
	let sum = 0;
	let best = 0;
	for (let k = 1; k < sorted.length - 1; k++) {
		sum += tallies[sorted[k - 1]];
		if (sum < tallies[sorted[k]]) best = k;
	}
	return best >= 2 ? sorted.slice(0, best) : undefined;
}
