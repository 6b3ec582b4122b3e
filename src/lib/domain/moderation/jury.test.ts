import { describe, expect, it } from 'vitest';
import { decide, drawJury, drawPositions, hides, type JuryVote } from './jury';

const v = (verdict: JuryVote['verdict'], days: number | null = null): JuryVote => ({
	verdict,
	days
});

describe('drawing a jury', () => {
	it('gives the same positions for the same seed and pool, every time', () => {
		expect(drawPositions('case-1:1:abc', 40, 5)).toEqual(drawPositions('case-1:1:abc', 40, 5));
	});

	it.each([
		['a different seed', 'case-1:1:abd', 40],
		['a different pool size', 'case-1:1:abc', 41]
	])('draws differently with %s', (_what, seed, pool) => {
		expect(drawPositions(seed, pool, 5)).not.toEqual(drawPositions('case-1:1:abc', 40, 5));
	});

	it.each([
		['a pool larger than the jury', 30, 5, 5],
		['a pool as large as the jury', 5, 5, 5],
		['a pool smaller than the jury', 3, 5, 3],
		['an empty pool', 0, 5, 0]
	])('draws distinct members from %s', (_what, pool, size, expected) => {
		const positions = drawPositions('s', pool, size);
		expect(positions).toHaveLength(expected);
		expect(new Set(positions).size).toBe(expected);
		for (const p of positions) expect(p >= 0 && p < pool).toBe(true);
	});

	it('is pinned: a published seed keeps giving the published jury', () => {
		// Changing the algorithm would silently change every past draw: this line forbids it.
		expect(drawPositions('demo', 10, 3)).toEqual([5, 6, 8]);
		expect(drawPositions('1-1-00ff', 40, 5)).toEqual([24, 1, 21, 31, 27]);
		expect(drawJury([11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 'demo', 3)).toEqual([16, 17, 19]);
	});

	it('gives every member a fair chance over many seeds', () => {
		const hits = new Array(10).fill(0);
		for (let i = 0; i < 2000; i++) for (const p of drawPositions(`s${i}`, 10, 3)) hits[p]++;
		for (const h of hits) expect(h).toBeGreaterThan(450); // 600 expected each
	});
});

describe('the verdict of a jury', () => {
	it.each([
		['no votes', [], 1, { decided: false }],
		['fewer votes than the quorum', [v('hide'), v('hide')], 3, { decided: false }],
		['a clear majority to hide', [v('hide'), v('hide'), v('keep')], 3, { verdict: 'hide' }],
		['a clear majority to keep', [v('keep'), v('keep'), v('warn')], 2, { verdict: 'keep' }],
		['a tie between keep and hide: keep', [v('keep'), v('hide')], 2, { verdict: 'keep' }],
		['a tie between warn and suspend: warn', [v('suspend', 3), v('warn')], 2, { verdict: 'warn' }],
		[
			'a plurality short of half: the most votes',
			[v('hide'), v('hide'), v('keep'), v('warn')],
			3,
			{ verdict: 'hide' }
		],
		[
			'a suspension: the median days asked',
			[v('suspend', 3), v('suspend', 10), v('suspend', 7)],
			3,
			{ verdict: 'suspend', days: 7 }
		],
		[
			'a suspension with an even number of voters: the lower middle',
			[v('suspend', 3), v('suspend', 10), v('suspend', 7), v('suspend', 30), v('keep')],
			3,
			{ verdict: 'suspend', days: 7 }
		],
		[
			'a suspension asking more than the most: capped',
			[v('suspend', 400), v('suspend', 400)],
			2,
			{ verdict: 'suspend', days: 30 }
		]
	])('with %s', (_what, votes, quorum, expected) => {
		expect(decide(votes as JuryVote[], quorum, 30)).toMatchObject(expected);
	});

	it('reports the counts of every verdict', () => {
		expect(decide([v('hide'), v('keep'), v('hide')], 1, 30).counts).toEqual({
			keep: 1,
			warn: 0,
			hide: 2,
			suspend: 0
		});
	});

	it.each([
		['keep', false],
		['warn', false],
		['hide', true],
		['suspend', true]
	] as const)('%s hides the item: %s', (verdict, hidden) => {
		expect(hides(verdict)).toBe(hidden);
	});
});
