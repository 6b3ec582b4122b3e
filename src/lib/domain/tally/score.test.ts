/** Score voting and its stated handling of blanks. */
import { describe, expect, it } from 'vitest';
import { count } from './index';
import type { ScoreInput } from './types';

const e: ScoreInput = {
	candidates: ['A', 'B', 'C'],
	ballots: [
		{ count: 2, scores: { A: 5, B: 3 } },
		{ count: 1, scores: { A: 0, B: 4, C: 5 } },
		{ count: 1, scores: { A: 1, B: null, C: 5 } }
	]
};

describe('score', () => {
	it("'zero': blanks count as the minimum; ranked by total", () => {
		const r = count('score', e);
		expect(r.totals).toEqual({ A: '11', B: '10', C: '10' });
		expect(r.scorers).toEqual({ A: 4, B: 3, C: 2 });
		expect(r.winners).toEqual(['A']);
		expect(r.order).toEqual(['A', ['B', 'C']]);
	});
	it("'ignore': blanks are left out; ranked by exact average", () => {
		const r = count('score', e, { blank: 'ignore' });
		expect(r.averages).toEqual({ A: '11/4', B: '10/3', C: '5' });
		expect(r.winners).toEqual(['C']);
		expect(r.order).toEqual(['C', 'B', 'A']);
	});
	it('a custom range, multi-winner, and bad scores refused', () => {
		expect(count('score', e, { min: 0, max: 9, seats: 2 }).winners).toHaveLength(2);
		expect(() => count('score', e, { max: 4 })).toThrow(
			'ballots[0].scores["A"]: score must be a whole number from 0 to 4'
		);
		expect(() =>
			count('score', { candidates: ['A'], ballots: [{ count: 1, scores: { A: 2.5 } }] })
		).toThrow(/whole number/);
		expect(() =>
			count('score', { candidates: ['A'], ballots: [{ count: 1, scores: { Z: 1 } }] })
		).toThrow(/unknown candidate/);
	});
});
