/**
 * Weighted inclusive Gregory method (WIGM): the engine behind Scottish STV
 * and the generic Gregory rule. The rules differ only in arithmetic, quota
 * and whether the last exclusion is transferred; those come in a WigmRule.
 *
 * Stages: first preferences; then, while seats remain and more candidates
 * continue than seats remain, transfer the largest surplus (all of the
 * elected candidate's papers, each at value × surplus / votes, truncated as
 * the arithmetic says) or, with no surplus left, exclude the lowest
 * candidate and pass on all their papers at their current values.
 *
 * Ballots with identical rankings always travel together and keep the same
 * value, so a "paper" here is a distinct ballot with its weight.
 */
import { checkOvervote, RankWalker, type OvervoteRule } from './ranked-profile';
import { reportBase, setupRanked } from './report';
import type { StvArithmetic } from './stv-arithmetic';
import type { CommonOptions, RankedInput, ReportBase } from './types';

export interface WigmRule<T> {
	method: 'stv-scottish' | 'stv-gregory';
	arithmetic: StvArithmetic<T>;
	quota(validBallots: number, seats: number): T;
	/** Whether `vote` is enough to be elected. */
	hasQuota(vote: T, quota: T): boolean;
	/**
	 * Whether the papers of a candidate excluded when the rest can fill the
	 * remaining seats are still transferred (droop), or not (Scottish Order
	 * rule 52(2): "no further transfer shall be made").
	 */
	transferLastExclusion: boolean;
	/** Checks applied to the profile before counting (e.g. size limits). */
	checkTotal?(total: number): void;
}

export interface StvOptions extends CommonOptions {
	/** An overvoted rank exhausts the ballot (default) or is skipped. */
	overvote?: OvervoteRule;
}

export type StvAction =
	| { type: 'first-preferences' }
	| { type: 'surplus'; candidate: string; surplus: string; transferValue: string }
	| { type: 'exclusion'; candidate: string; votes: string };

export interface StvStage {
	stage: number;
	action: StvAction;
	/** Votes of every candidate not excluded, after the stage. */
	votes: Record<string, string>;
	/** Votes received in this stage. */
	transfers?: Record<string, string>;
	/** Cumulative value of papers with no further preference. */
	nonTransferable: string;
	/** Cumulative value lost to truncation. */
	lostToRounding: string;
	/** Candidates elected at the end of this stage, highest vote first. */
	elected: string[];
	/** Candidates excluded without a transfer (last vacancies). */
	excludedWithoutTransfer?: string[];
}

export interface WigmReport extends ReportBase {
	method: 'stv-scottish' | 'stv-gregory';
	quota: string;
	overvote: OvervoteRule;
	rounds: StvStage[];
}

const HOPEFUL = 0;
const ELECTED = 1;
const EXCLUDED = 2;

export function countWigm<T>(
	rule: WigmRule<T>,
	input: RankedInput,
	options: StvOptions
): WigmReport {
	const { profile, names, seats, ties } = setupRanked(input, options);
	const n = names.length;
	const overvote = checkOvervote(options.overvote ?? 'exhaust');
	const walker = new RankWalker(profile, overvote);
	const A = rule.arithmetic;
	rule.checkTotal?.(profile.totalWeight);
	const quota = rule.quota(profile.totalWeight, seats);

	const status = new Uint8Array(n);
	const hopeful = new Uint8Array(n).fill(1);
	const votes: T[] = names.map(() => A.zero);
	const piles: number[][] = names.map(() => []);
	const { offsets, weights } = profile;
	const pos = new Uint32Array(profile.size);
	const value: T[] = new Array(profile.size).fill(A.one);
	let exhausted = A.zero;
	let lost = A.zero;
	const elected: number[] = [];
	const pending = new Set<number>();
	const stages: StvStage[] = [];
	const history: T[][] = [];

	/** Passes paper b on to its next hopeful candidate; returns the receiver or -1. */
	const place = (b: number, from: number): number => {
		const end = offsets[b + 1];
		const to = walker.next(from, end, hopeful);
		if (to >= 0) {
			pos[b] = walker.pos;
			piles[to].push(b);
			votes[to] = A.add(votes[to], A.times(value[b], weights[b]));
		} else exhausted = A.add(exhausted, A.times(value[b], weights[b]));
		return to;
	};

	const record = (action: StvAction, transfers?: T[]) => {
		const stage: StvStage = {
			stage: stages.length + 1,
			action,
			votes: Object.fromEntries(
				names.flatMap((name, c) => (status[c] === EXCLUDED ? [] : [[name, A.format(votes[c])]]))
			),
			nonTransferable: A.format(exhausted),
			lostToRounding: A.format(lost),
			elected: []
		};
		if (transfers)
			stage.transfers = Object.fromEntries(
				names.flatMap((name, c) =>
					A.cmp(transfers[c], A.zero) > 0 ? [[name, A.format(transfers[c])]] : []
				)
			);
		stages.push(stage);
		history.push([...votes]);
	};

	const elect = (c: number) => {
		status[c] = ELECTED;
		hopeful[c] = 0;
		elected.push(c);
		stages[stages.length - 1].elected.push(names[c]);
	};
	const hopefuls = () => names.map((_, c) => c).filter((c) => status[c] === HOPEFUL);

	for (let b = 0; b < profile.size; b++) place(b, offsets[b]);
	record({ type: 'first-preferences' });

	for (;;) {
		// Candidates reaching the quota together are listed by votes, highest
		// first: the order in which their surpluses will be transferred.
		const reached = hopefuls().filter((c) => rule.hasQuota(votes[c], quota));
		for (const c of reached.sort((a, b) => A.cmp(votes[b], votes[a]) || a - b)) {
			elect(c);
			if (A.cmp(votes[c], quota) > 0) pending.add(c);
		}
		const seatsLeft = seats - elected.length;
		if (seatsLeft <= 0 || hopefuls().length <= seatsLeft) break;
		const stageNo = stages.length + 1;
		const received = names.map(() => A.zero);
		const moveAll = (from: number) => {
			for (const b of piles[from]) {
				const to = place(b, walker.after(pos[b], offsets[b + 1]));
				if (to >= 0) received[to] = A.add(received[to], A.times(value[b], weights[b]));
			}
			piles[from] = [];
		};

		if (pending.size) {
			const top = maxBy([...pending], votes, A.cmp);
			const c = ties.chooseByHistory(top, history, A.cmp, 'highest', 'surplus', stageNo);
			pending.delete(c);
			const vote = votes[c];
			const surplus = A.sub(vote, quota);
			let passed = A.zero;
			for (const b of piles[c]) {
				value[b] = A.transfer(value[b], surplus, vote);
				passed = A.add(passed, A.times(value[b], weights[b]));
			}
			lost = A.add(lost, A.sub(surplus, passed));
			votes[c] = quota;
			moveAll(c);
			record(
				{
					type: 'surplus',
					candidate: names[c],
					surplus: A.format(surplus),
					transferValue: A.format(A.transfer(A.one, surplus, vote))
				},
				received
			);
			continue;
		}

		const low = minBy(hopefuls(), votes, A.cmp);
		const c = ties.chooseByHistory(low, history, A.cmp, 'lowest', 'exclude', stageNo);
		status[c] = EXCLUDED;
		hopeful[c] = 0;
		if (!rule.transferLastExclusion && hopefuls().length === seatsLeft) {
			// Scottish Order rule 52: the rest fill the last vacancies; no further transfer.
			const last = stages[stages.length - 1];
			last.excludedWithoutTransfer = [...(last.excludedWithoutTransfer ?? []), names[c]];
			break;
		}
		const moved = votes[c];
		votes[c] = A.zero;
		moveAll(c);
		record({ type: 'exclusion', candidate: names[c], votes: A.format(moved) }, received);
	}

	// Rule 52(1): the continuing candidates fill the vacancies left.
	for (const c of hopefuls().sort((a, b) => A.cmp(votes[b], votes[a]) || a - b))
		if (elected.length < seats) elect(c);

	return {
		...reportBase(
			rule.method,
			seats,
			ties,
			profile.totalWeight,
			elected.map((c) => names[c])
		),
		rounds: stages,
		quota: A.format(quota),
		overvote
	};
}

function maxBy<T>(cands: number[], votes: T[], cmp: (a: T, b: T) => number): number[] {
	let best = votes[cands[0]];
	for (const c of cands) if (cmp(votes[c], best) > 0) best = votes[c];
	return cands.filter((c) => cmp(votes[c], best) === 0).sort((a, b) => a - b);
}

function minBy<T>(cands: number[], votes: T[], cmp: (a: T, b: T) => number): number[] {
	let best = votes[cands[0]];
	for (const c of cands) if (cmp(votes[c], best) < 0) best = votes[c];
	return cands.filter((c) => cmp(votes[c], best) === 0);
}
