/**
 * Juries of members: how a jury is drawn and how its votes make a verdict. Pure, so anyone can
 * re-run a draw from its published seed and recount a verdict from its published counts.
 *
 * The draw: the eligible pool is ordered by member id; a partial Fisher–Yates shuffle of the
 * pool's positions, driven by the seeded generator the counts use for lots (xoshiro128** seeded
 * through cyrb128, `tally/seeded-random.ts`), picks the first `size` positions. The same seed and
 * pool size always give the same positions, in every JavaScript engine.
 */
import { SeededRandom } from '../tally/seeded-random';

/** What a juror may choose, from the least to the most severe. */
export const VERDICTS = ['keep', 'warn', 'hide', 'suspend'] as const;
export type Verdict = (typeof VERDICTS)[number];

export function isVerdict(value: unknown): value is Verdict {
	return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

/** Positions (0-based, in the pool ordered by id) of a jury of `size` drawn from `poolSize`. */
export function drawPositions(seed: string, poolSize: number, size: number): number[] {
	const random = new SeededRandom(`jury:${seed}`);
	const positions = Array.from({ length: poolSize }, (_, i) => i);
	const n = Math.min(Math.max(size, 0), poolSize);
	for (let i = 0; i < n; i++) {
		const j = i + random.below(poolSize - i);
		[positions[i], positions[j]] = [positions[j], positions[i]];
	}
	return positions.slice(0, n);
}

/** The jury itself: the members at the drawn positions of the pool (ordered by id). */
export function drawJury<T>(pool: readonly T[], seed: string, size: number): T[] {
	return drawPositions(seed, pool.length, size).map((p) => pool[p]);
}

export type JuryVote = { verdict: Verdict; days: number | null };
export type Counts = Record<Verdict, number>;

export type Outcome =
	| { decided: true; verdict: Verdict; days: number | null; counts: Counts }
	| { decided: false; counts: Counts };

export function countVotes(votes: readonly JuryVote[]): Counts {
	const counts: Counts = { keep: 0, warn: 0, hide: 0, suspend: 0 };
	for (const v of votes) counts[v.verdict]++;
	return counts;
}

/**
 * The verdict of a jury's votes. Without `quorum` votes there is none (the jury is replaced).
 * Otherwise the verdict with the most votes wins; on a tie the less severe one wins (a doubt
 * favours the author). A suspension lasts the median of the days its voters asked for (the
 * lower middle one when their number is even), never more than `maxDays`.
 */
export function decide(votes: readonly JuryVote[], quorum: number, maxDays: number): Outcome {
	const counts = countVotes(votes);
	if (votes.length === 0 || votes.length < quorum) return { decided: false, counts };
	let verdict: Verdict = 'keep';
	for (const v of VERDICTS) if (counts[v] > counts[verdict]) verdict = v;
	if (verdict !== 'suspend') return { decided: true, verdict, days: null, counts };
	const days = votes
		.filter((v) => v.verdict === 'suspend')
		.map((v) => Math.max(1, Math.min(maxDays, v.days ?? 1)))
		.sort((a, b) => a - b);
	return { decided: true, verdict, days: days[Math.floor((days.length - 1) / 2)], counts };
}

/** Does the verdict hide the item? Keep and warn leave it readable; hide and suspend do not. */
export function hides(verdict: Verdict): boolean {
	return verdict === 'hide' || verdict === 'suspend';
}

/** The posting policy: how juries are formed and work (the instance setting `moderation.juries`). */
export type JuryPolicy = {
	/** Flags from different members that open a case. */
	flagsToOpen: number;
	/** Jurors drawn for a case. */
	jurySize: number;
	/** Votes needed by the deadline; a jury short of it is replaced by a fresh draw. */
	quorum: number;
	/** Hours a jury has to vote. */
	deadlineHours: number;
	/** Days after a verdict during which its item's author may appeal, once. */
	appealDays: number;
	/** The longest suspension of posting a jury may decide, in days. */
	maxSuspensionDays: number;
};

export const DEFAULT_JURY_POLICY: JuryPolicy = {
	flagsToOpen: 1,
	jurySize: 5,
	quorum: 3,
	deadlineHours: 72,
	appealDays: 14,
	maxSuspensionDays: 30
};
