/** The registry, reports and the seeded lot. */
import { describe, expect, it } from 'vitest';
import { count, counters, METHOD_IDS } from './index';
import { SeededRandom } from './seeded-random';

describe('registry', () => {
	it('has a counter for every method id', () => {
		expect(Object.keys(counters).sort()).toEqual([...METHOD_IDS].sort());
	});
	it('reports are plain JSON: no BigInt, no floats where exactness matters', () => {
		const ranked = {
			candidates: ['A', 'B', 'C'],
			ballots: [
				{ count: 2, ranking: [['A'], ['B']] },
				{ count: 1, ranking: [['C']] }
			]
		};
		for (const m of [
			'irv',
			'schulze',
			'ranked-pairs',
			'borda',
			'stv-meek',
			'stv-scottish',
			'stv-gregory'
		] as const) {
			const r = count(m, ranked, { seats: 1, seed: 7 });
			expect(JSON.parse(JSON.stringify(r))).toEqual(r);
			expect(r).toMatchObject({ method: m, seats: 1, seed: '7', winners: ['A'] });
			expect(Array.isArray(r.rounds)).toBe(true);
		}
	});
	it('refuses an unknown method and a bad tie-break rule', () => {
		expect(() => count('plurality' as never, { ballots: [] } as never)).toThrow(/unknown method/);
		expect(() =>
			count('schulze', { candidates: ['A'], ballots: [] }, { tieBreak: 'coin' as never })
		).toThrow(/tie-break/);
	});
});

describe('seeded random', () => {
	it('is deterministic per seed and unbiased in range', () => {
		const a = new SeededRandom('seed');
		const b = new SeededRandom('seed');
		const xs = Array.from({ length: 1000 }, () => a.below(6));
		expect(Array.from({ length: 1000 }, () => b.below(6))).toEqual(xs);
		expect(new Set(xs)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
		expect(new SeededRandom('other').nextUint32()).not.toBe(new SeededRandom('seed').nextUint32());
		// Fixed first draws: a change of generator would silently change replayed lots.
		const r0 = new SeededRandom('0');
		expect([r0.nextUint32(), r0.nextUint32(), r0.nextUint32()]).toEqual([
			877560678, 2374021016, 1325852607
		]);
	});
});
