/**
 * Packed ranked profiles: identical ballots grouped into one weighted entry,
 * preferences stored in flat typed arrays so that a million-ballot election
 * costs a few megabytes and counting walks contiguous memory.
 *
 * A preference code is a candidate index; TIED (0x8000) set on a code means
 * "same rank as the previous code" (a tie group, or an overvote).
 */
import { addTotal, checkCount, fail } from './errors';
import type { RankedBallot } from './types';

export const TIED = 0x8000;
export const CANDIDATE_MASK = 0x7fff;
export const MAX_CANDIDATES = 0x7fff;

export interface RankedProfile {
	readonly kind: 'ranked-profile';
	readonly candidates: readonly string[];
	/** Number of distinct ballots. */
	readonly size: number;
	/** Integer weight of each distinct ballot. */
	readonly weights: Float64Array;
	/** Ballot i's codes are codes[offsets[i] .. offsets[i+1]). */
	readonly offsets: Uint32Array;
	readonly codes: Uint16Array;
	/** Sum of weights of the non-blank ballots. */
	readonly totalWeight: number;
	/** Weight of ballots that ranked nobody: invalid, not counted. */
	readonly blankWeight: number;
}

export function isRankedProfile(x: unknown): x is RankedProfile {
	return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'ranked-profile';
}

/** Validates a candidate list: non-empty, distinct, non-empty names. */
export function checkCandidates(candidates: unknown, where = 'candidates'): string[] {
	if (!Array.isArray(candidates)) fail('must be a list of names', where);
	if (candidates.length === 0) fail('no candidates', where);
	if (candidates.length > MAX_CANDIDATES) fail(`more than ${MAX_CANDIDATES} candidates`, where);
	const seen = new Set<string>();
	candidates.forEach((name, i) => {
		if (typeof name !== 'string' || name.trim() === '')
			fail('candidate name must be a non-empty string', `${where}[${i}]`);
		if (seen.has(name)) fail(`duplicate candidate "${name}"`, `${where}[${i}]`);
		seen.add(name);
	});
	return candidates as string[];
}

export interface BuilderLimits {
	/** Refuse more distinct ballots than this (memory bound for hostile files). */
	maxDistinct?: number;
}

export class RankedProfileBuilder {
	private weights = new Float64Array(1024);
	private offsets = new Uint32Array(1025);
	private hashes = new Int32Array(1024);
	private codes = new Uint16Array(8192);
	/** Open-addressing hash table of ballot indices (-1: empty); grouping without string keys. */
	private table = new Int32Array(4096).fill(-1);
	private size = 0;
	private used = 0;
	private total = 0;
	private blank = 0;
	private readonly maxDistinct: number;

	constructor(limits: BuilderLimits = {}) {
		this.maxDistinct = limits.maxDistinct ?? 20_000_000;
	}

	/** Adds `weight` copies of the ballot codes[0..n); the caller has validated them. */
	add(codes: ArrayLike<number>, n: number, weight: number, where: string): void {
		if (n === 0) {
			this.blank = addTotal(this.blank, weight, where);
			return;
		}
		this.total = addTotal(this.total, weight, where);
		let h = 0x811c9dc5 ^ n;
		for (let i = 0; i < n; i++) h = Math.imul(h ^ codes[i], 0x01000193);
		const mask = this.table.length - 1;
		for (let slot = h & mask; ; slot = (slot + 1) & mask) {
			const idx = this.table[slot];
			if (idx < 0) {
				this.insert(codes, n, weight, h, where);
				this.table[slot] = this.size - 1;
				if (this.size * 2 > this.table.length) this.rehash();
				return;
			}
			if (this.hashes[idx] === h && this.equals(idx, codes, n)) {
				this.weights[idx] += weight;
				return;
			}
		}
	}

	private equals(idx: number, codes: ArrayLike<number>, n: number): boolean {
		const start = this.offsets[idx];
		if (this.offsets[idx + 1] - start !== n) return false;
		for (let i = 0; i < n; i++) if (this.codes[start + i] !== codes[i]) return false;
		return true;
	}

	private insert(
		codes: ArrayLike<number>,
		n: number,
		weight: number,
		h: number,
		where: string
	): void {
		if (this.size >= this.maxDistinct)
			fail(`more than ${this.maxDistinct} distinct ballots`, where);
		if (this.size + 1 >= this.weights.length) {
			this.weights = grow(this.weights, this.weights.length * 2);
			this.offsets = grow(this.offsets, this.offsets.length * 2);
			this.hashes = grow(this.hashes, this.hashes.length * 2);
		}
		while (this.used + n > this.codes.length) this.codes = grow(this.codes, this.codes.length * 2);
		for (let i = 0; i < n; i++) this.codes[this.used + i] = codes[i];
		this.used += n;
		this.weights[this.size] = weight;
		this.hashes[this.size] = h;
		this.size++;
		this.offsets[this.size] = this.used;
	}

	private rehash(): void {
		const table = new Int32Array(this.table.length * 2).fill(-1);
		const mask = table.length - 1;
		for (let idx = 0; idx < this.size; idx++) {
			let slot = this.hashes[idx] & mask;
			while (table[slot] >= 0) slot = (slot + 1) & mask;
			table[slot] = idx;
		}
		this.table = table;
	}

	build(candidates: readonly string[]): RankedProfile {
		return {
			kind: 'ranked-profile',
			candidates,
			size: this.size,
			weights: this.weights.slice(0, this.size),
			offsets: this.offsets.slice(0, this.size + 1),
			codes: this.codes.slice(0, this.used),
			totalWeight: this.total,
			blankWeight: this.blank
		};
	}
}

function grow<T extends Float64Array | Uint32Array | Int32Array | Uint16Array>(
	a: T,
	length: number
): T {
	const b = new (a.constructor as new (n: number) => T)(length);
	b.set(a);
	return b;
}

/** Validates plain ranked ballots and packs them, grouping identical ones. */
export function packRanked(
	candidates: readonly string[],
	ballots: readonly RankedBallot[] | RankedProfile
): RankedProfile {
	if (isRankedProfile(ballots)) return ballots;
	const names = checkCandidates(candidates);
	if (!Array.isArray(ballots)) fail('must be a list of ballots', 'ballots');
	const index = new Map(names.map((n, i) => [n, i]));
	const builder = new RankedProfileBuilder();
	const stamp = new Int32Array(names.length).fill(-1);
	const codes: number[] = [];
	ballots.forEach((ballot, b) => {
		const where = `ballots[${b}]`;
		if (typeof ballot !== 'object' || ballot === null) fail('ballot must be an object', where);
		const count = checkCount(ballot.count, `${where}.count`);
		const ranking = ballot.ranking;
		if (!Array.isArray(ranking)) fail('ranking must be a list of groups', `${where}.ranking`);
		codes.length = 0;
		ranking.forEach((group, g) => {
			const gw = `${where}.ranking[${g}]`;
			if (!Array.isArray(group)) fail('each rank must be a list of candidate names', gw);
			if (group.length === 0) fail('empty rank', gw);
			group.forEach((name, k) => {
				const c = typeof name === 'string' ? index.get(name) : undefined;
				if (c === undefined) fail(`unknown candidate ${JSON.stringify(name)}`, `${gw}[${k}]`);
				if (stamp[c] === b) fail(`candidate "${name}" appears twice in one ballot`, `${gw}[${k}]`);
				stamp[c] = b;
				codes.push(k === 0 ? c : c | TIED);
			});
		});
		builder.add(codes, codes.length, count, where);
	});
	return builder.build(names);
}

/** The profile back as plain ballots (for writing JSON or BLT). */
export function unpackRanked(profile: RankedProfile): RankedBallot[] {
	const out: RankedBallot[] = [];
	for (let b = 0; b < profile.size; b++) {
		const ranking: string[][] = [];
		for (let i = profile.offsets[b]; i < profile.offsets[b + 1]; i++) {
			const code = profile.codes[i];
			const name = profile.candidates[code & CANDIDATE_MASK];
			if (code & TIED) ranking[ranking.length - 1].push(name);
			else ranking.push([name]);
		}
		out.push({ count: profile.weights[b], ranking });
	}
	return out;
}

/**
 * How a rank naming several continuing candidates (an overvote) is treated
 * when a transfer method reaches it: 'exhaust' ends the ballot there
 * (Burlington, most US rules); 'skip' passes over that rank to the next.
 * A rank whose candidates are all but one out of the count is not an
 * overvote any more: it is a vote for the one left (as ChoicePlus counted
 * Burlington 2009).
 */
export type OvervoteRule = 'exhaust' | 'skip';

export function checkOvervote(rule: unknown): OvervoteRule {
	if (rule !== 'exhaust' && rule !== 'skip')
		fail(`unknown overvote rule "${String(rule)}" (use exhaust or skip)`, 'overvote');
	return rule;
}

/**
 * Walks a ballot's ranks for the transfer methods (IRV, STV). Positions are
 * indices into the profile's codes and always point at the start of a rank.
 */
export class RankWalker {
	/** Start of the rank that gave the last candidate returned by next(). */
	pos = 0;
	private readonly codes: Uint16Array;
	private readonly skipOvervotes: boolean;

	constructor(profile: RankedProfile, overvote: OvervoteRule) {
		this.codes = profile.codes;
		this.skipOvervotes = checkOvervote(overvote) === 'skip';
	}

	/**
	 * From the rank starting at p, finds the first rank with a usable vote
	 * for a candidate marked in `live`, returns that candidate and sets pos;
	 * returns -1 when the ballot is exhausted.
	 */
	next(p: number, end: number, live: Uint8Array): number {
		const codes = this.codes;
		while (p < end) {
			let c = codes[p] & CANDIDATE_MASK;
			let found = live[c] ? c : -1;
			let alive = live[c];
			let q = p + 1;
			for (; q < end && codes[q] & TIED; q++) {
				c = codes[q] & CANDIDATE_MASK;
				if (live[c]) {
					found = c;
					alive++;
				}
			}
			if (alive === 1) {
				this.pos = p;
				return found;
			}
			if (alive > 1 && !this.skipOvervotes) return -1;
			p = q;
		}
		return -1;
	}

	/** Start of the rank after the one starting at p. */
	after(p: number, end: number): number {
		let q = p + 1;
		while (q < end && this.codes[q] & TIED) q++;
		return q;
	}
}
