/** Approval voting: AV, exact PAV, sequential PAV. */
import { describe, expect, it } from 'vitest';
import { count } from './index';

const e = {
	candidates: ['a', 'b', 'c', 'd'],
	ballots: [
		{ count: 6, approve: ['a', 'b'] },
		{ count: 4, approve: ['c'] },
		{ count: 1, approve: ['d'] },
		{ count: 2, approve: [] }
	]
};

describe('approval', () => {
	it('AV: most approvals win; blank ballots count in the total', () => {
		const r = count('approval', e, { seats: 2 });
		expect(r.approvals).toEqual({ a: 6, b: 6, c: 4, d: 1 });
		expect(r.winners).toEqual(['a', 'b']);
		expect(r.order).toEqual([['a', 'b'], 'c', 'd']);
		expect(r.totalBallots).toBe(13);
		expect(r.tiedCommittees).toBeUndefined();
	});
	it('PAV gives the minority a seat; its score is exact', () => {
		const r = count('approval', e, { seats: 2, rule: 'pav' });
		expect(r.winners).toEqual(['a', 'c']);
		expect(r.pavScore).toBe('10');
		const seq = count('approval', e, { seats: 2, rule: 'seq-pav', tieBreak: 'candidate-order' });
		expect(seq.winners).toEqual(['a', 'c']);
		expect(seq.rounds[1].gains).toEqual({ b: '3', c: '4', d: '1' });
	});
	it('PAV ties between committees are broken and reported', () => {
		const t = {
			candidates: ['a', 'b', 'c'],
			ballots: [
				{ count: 1, approve: ['a'] },
				{ count: 1, approve: ['b'] },
				{ count: 1, approve: ['c'] }
			]
		};
		const r = count('approval', t, { seats: 2, rule: 'pav', tieBreak: 'candidate-order' });
		expect(r.winners).toEqual(['a', 'b']);
		expect(r.tiedCommittees).toEqual([
			['a', 'b'],
			['a', 'c'],
			['b', 'c']
		]);
		expect(r.ties[0]).toMatchObject({
			purpose: 'committee',
			tied: ['a', 'b', 'c'],
			chosen: ['a', 'b']
		});
	});
	it('refuses bad approval ballots with the field named', () => {
		expect(() =>
			count('approval', { candidates: ['a'], ballots: [{ count: 1, approve: ['z'] }] })
		).toThrow('ballots[0].approve[0]: unknown candidate "z"');
		expect(() =>
			count('approval', { candidates: ['a'], ballots: [{ count: 1, approve: ['a', 'a'] }] })
		).toThrow(/twice/);
		expect(() =>
			count('approval', { candidates: ['a'], ballots: [{ count: 0, approve: ['a'] }] })
		).toThrow(/positive/);
		expect(() => count('approval', e, { seats: 5 })).toThrow(/5 seats but only 4/);
	});
});
