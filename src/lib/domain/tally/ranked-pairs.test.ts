/** Ranked pairs: textbook examples, cycles, strength measures, TBRC. */
import { describe, expect, it } from 'vitest';
import { count } from './index';
import { ballots, tennessee } from './fixtures/shorthand';

describe('ranked pairs', () => {
	it('Tennessee: locks every majority, Nashville first', () => {
		const r = count('ranked-pairs', tennessee);
		expect(r.winners).toEqual(['Nashville']);
		expect(r.order).toEqual(['Nashville', 'Chattanooga', 'Knoxville', 'Memphis']);
		expect(r.pairs[0]).toEqual({
			winner: 'Chattanooga',
			loser: 'Knoxville',
			for: 83,
			against: 17,
			locked: true
		});
		expect(r.pairs.every((p) => p.locked)).toBe(true);
	});

	it('a cycle: the weakest majority is skipped', () => {
		const e = { candidates: ['A', 'B', 'C'], ballots: ballots(['40 ABC', '35 BCA', '25 CAB']) };
		const r = count('ranked-pairs', e);
		expect(r.pairs.map((p) => [p.winner + p.loser, p.for, p.locked])).toEqual([
			['BC', 75, true],
			['AB', 65, true],
			['CA', 60, false]
		]);
		expect(r.winners).toEqual(['A']);
		expect(r.order).toEqual(['A', 'B', 'C']);
		expect(count('schulze', e).winners).toEqual(['A']);
	});

	it('winning votes and margins can disagree', () => {
		// A>B 6:5, A>C 6:4, B>C 5:0 (the others are indifferent).
		const e = { candidates: ['A', 'B', 'C'], ballots: ballots(['6 A', '4 BC', '1 B']) };
		const wv = count('ranked-pairs', e, { strength: 'winning-votes' });
		const mg = count('ranked-pairs', e, { strength: 'margin' });
		expect(wv.strength).toBe('winning-votes');
		expect(mg.strength).toBe('margin');
		expect(wv.pairs.map((p) => p.winner + p.loser)).toEqual(['AC', 'AB', 'BC']);
		expect(mg.pairs.map((p) => p.winner + p.loser)).toEqual(['BC', 'AC', 'AB']);
	});

	it('pairs of equal strength are ordered by the tie-breaking ranking (TBRC) and reported', () => {
		const e = { candidates: ['A', 'B', 'C'], ballots: ballots(['1 ABC', '1 BCA', '1 CAB']) };
		const r = count('ranked-pairs', e, { tieBreak: 'candidate-order' });
		expect(r.ties[0]).toMatchObject({
			purpose: 'pair-order',
			tied: ['A', 'B', 'C'],
			chosen: ['A', 'B', 'C']
		});
		// AB locked first (A highest in TBRC), then BC, CA skipped.
		expect(r.pairs.map((p) => [p.winner + p.loser, p.locked])).toEqual([
			['AB', true],
			['BC', true],
			['CA', false]
		]);
		expect(r.winners).toEqual(['A']);
	});
});
