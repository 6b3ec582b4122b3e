/**
 * Tie-breaking: every tie that decides something goes through here, so the
 * report can name the tied candidates and how the tie was broken.
 *
 * Staged methods (IRV, STV) first look back at earlier stages (most recent
 * first, as the Scottish Order rules 49 and 51 prescribe); what remains is
 * settled by the final rule: a seeded lot or the candidate-list order.
 */
import { SeededRandom } from './seeded-random';
import type { CommonOptions, OrderEntry, TieBreakRule, TieRecord } from './types';
import { fail } from './errors';

type Purpose = TieRecord['purpose'];

export const DEFAULT_SEED = '0';

export function normaliseSeed(seed: CommonOptions['seed']): string {
	if (seed === undefined) return DEFAULT_SEED;
	if (typeof seed === 'number') {
		if (!Number.isFinite(seed)) fail('seed must be a finite number or a string', 'seed');
		return String(seed);
	}
	if (typeof seed !== 'string') fail('seed must be a string or a number', 'seed');
	return seed;
}

export class TieBreaker {
	readonly ties: TieRecord[] = [];
	readonly seed: string;
	readonly rule: TieBreakRule;
	private rng: SeededRandom | undefined;
	private readonly names: readonly string[];

	constructor(names: readonly string[], options: CommonOptions) {
		this.names = names;
		this.seed = normaliseSeed(options.seed);
		const rule = options.tieBreak ?? 'random';
		if (rule !== 'random' && rule !== 'candidate-order')
			fail(`unknown tie-break rule "${String(rule)}" (use random or candidate-order)`, 'tieBreak');
		this.rule = rule;
	}

	/**
	 * Picks `k` of the tied candidates by the final rule. `favour` says
	 * whether being picked is good (elected, kept first) or bad (excluded):
	 * candidate-order favours earlier-listed candidates either way.
	 */
	private pickByRule(tied: readonly number[], k: number, favour: boolean): number[] {
		const pool = [...tied].sort((a, b) => a - b);
		if (this.rule === 'candidate-order')
			return favour ? pool.slice(0, k) : pool.reverse().slice(0, k);
		this.rng ??= new SeededRandom(this.seed);
		const chosen: number[] = [];
		for (let i = 0; i < k; i++) chosen.push(pool.splice(this.rng.below(pool.length), 1)[0]);
		return chosen;
	}

	/** Breaks a tie by the final rule and records it. */
	choose(tied: readonly number[], purpose: Purpose, favour: boolean, stage?: number): number {
		return this.chooseMany(tied, 1, purpose, favour, stage)[0];
	}

	/** Chooses `k` of the tied candidates (in the order picked) and records it. */
	chooseMany(
		tied: readonly number[],
		k: number,
		purpose: Purpose,
		favour: boolean,
		stage?: number
	): number[] {
		if (tied.length <= k) return [...tied];
		const chosen = this.pickByRule(tied, k, favour);
		this.record(tied, chosen, purpose, this.rule, stage);
		return chosen;
	}

	/**
	 * A full tie-breaking order of `pool` (e.g. Tideman's TBRC), recorded
	 * against the candidates actually `involved` in the tie.
	 */
	orderAll(pool: readonly number[], involved: readonly number[], purpose: Purpose): number[] {
		const chosen = this.pickByRule(pool, pool.length, true);
		this.record(involved, chosen, purpose, this.rule);
		return chosen;
	}

	/**
	 * Staged tie-break: look back through `history` (one array of values per
	 * earlier stage, oldest first) for the most recent stage at which the tied
	 * candidates differed, keep those with the wanted extreme there, and go on
	 * further back while several remain; then the final rule.
	 */
	chooseByHistory<T>(
		tied: readonly number[],
		history: readonly (readonly T[])[],
		compare: (a: T, b: T) => number,
		want: 'lowest' | 'highest',
		purpose: Purpose,
		stage: number
	): number {
		if (tied.length === 1) return tied[0];
		let pool = [...tied];
		let decidedAt: number | undefined;
		for (let s = history.length - 1; s >= 0 && pool.length > 1; s--) {
			const row = history[s];
			let best = row[pool[0]];
			for (const c of pool) {
				const d = compare(row[c], best);
				if (want === 'lowest' ? d < 0 : d > 0) best = row[c];
			}
			const narrowed = pool.filter((c) => compare(row[c], best) === 0);
			if (narrowed.length < pool.length) {
				pool = narrowed;
				decidedAt = s + 1;
			}
		}
		if (pool.length === 1) {
			this.ties.push({
				stage,
				purpose,
				tied: tied.map((c) => this.names[c]),
				resolvedBy: 'earlier-stage',
				chosen: [this.names[pool[0]]],
				decidedAtStage: decidedAt
			});
			return pool[0];
		}
		const favour = want === 'highest';
		const chosen = this.pickByRule(pool, 1, favour);
		this.record(tied, chosen, purpose, this.rule, stage);
		return chosen[0];
	}

	private record(
		tied: readonly number[],
		chosen: number[],
		purpose: Purpose,
		how: TieBreakRule,
		stage?: number
	) {
		const rec: TieRecord = {
			purpose,
			tied: [...tied].sort((a, b) => a - b).map((c) => this.names[c]),
			resolvedBy: how,
			chosen: chosen.map((c) => this.names[c])
		};
		if (stage !== undefined) rec.stage = stage;
		this.ties.push(rec);
	}
}

/**
 * Groups candidates by a score, best first; equal scores form one group.
 * Returns candidate indices per group (each group in candidate order).
 */
export function groupByScore<T>(
	count: number,
	score: (c: number) => T,
	compare: (a: T, b: T) => number
): number[][] {
	const idx = Array.from({ length: count }, (_, i) => i);
	idx.sort((a, b) => compare(score(b), score(a)) || a - b);
	const groups: number[][] = [];
	for (const c of idx) {
		const last = groups[groups.length - 1];
		if (last && compare(score(last[0]), score(c)) === 0) last.push(c);
		else groups.push([c]);
	}
	return groups;
}

/** Fills `seats` from ranked groups, breaking a tie that straddles the cut. */
export function selectTop(groups: readonly number[][], seats: number, ties: TieBreaker): number[] {
	const winners: number[] = [];
	for (const g of groups) {
		const need = seats - winners.length;
		if (need <= 0) break;
		if (g.length <= need) winners.push(...g);
		else winners.push(...ties.chooseMany(g, need, 'seat', true));
	}
	return winners;
}

export function toOrder(groups: readonly number[][], names: readonly string[]): OrderEntry[] {
	return groups.map((g) => (g.length === 1 ? names[g[0]] : g.map((c) => names[c])));
}
