/** Borda count variants, ties in rankings and unranked candidates. */
import { describe, expect, it } from 'vitest';
import { ballots, letters } from './fixtures/shorthand';
import { count } from './index';

const tennessee = {
	candidates: letters(4),
	ballots: ballots(['42 ABCD', '26 BCDA', '15 CDBA', '17 DCBA'])
};

describe('Borda', () => {
	it('standard Borda on the Tennessee example: Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107', () => {
		const r = count('borda', tennessee);
		expect(r.points).toEqual({ A: '126', B: '194', C: '173', D: '107' });
		expect(r.order).toEqual(['B', 'C', 'A', 'D']);
		expect(r.winners).toEqual(['B']);
	});
	it('Dowdall: 1, 1/2, 1/3 … exactly', () => {
		const r = count(
			'borda',
			{ candidates: letters(3), ballots: ballots(['1 ABC', '1 BAC']) },
			{ variant: 'dowdall' }
		);
		expect(r.points).toEqual({ A: '3/2', B: '3/2', C: '2/3' });
		expect(r.ties).toHaveLength(1);
	});
	it("tied ranks share their positions' points; unranked get 0 or share the rest", () => {
		const e = { candidates: letters(4), ballots: ballots(['1 A=B C']) };
		expect(count('borda', e).points).toEqual({ A: '5/2', B: '5/2', C: '1', D: '0' });
		expect(
			count('borda', { candidates: letters(4), ballots: ballots(['1 A']) }, { unranked: 'share' })
				.points
		).toEqual({ A: '3', B: '1', C: '1', D: '1' });
		expect(
			count(
				'borda',
				{ candidates: letters(4), ballots: ballots(['1 AB']) },
				{ variant: 'modified' }
			).points
		).toEqual({ A: '2', B: '1', C: '0', D: '0' });
	});
});
