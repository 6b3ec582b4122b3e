/** STV textbook examples (all three rules) and Scottish rule details. */
import { describe, expect, it } from 'vitest';
import { ballots, food, letters } from './fixtures/shorthand';
import { count } from './index';

const STV = ['stv-meek', 'stv-gregory', 'stv-scottish'] as const;

describe('STV textbook examples', () => {
	it('Wikipedia "food election": Chocolate, Oranges, Strawberries under every rule', () => {
		for (const m of STV)
			expect([...count(m, food, { seats: 3 }).winners].sort(), m).toEqual([
				'Chocolate',
				'Oranges',
				'Strawberries'
			]);
		const r = count('stv-scottish', food, { seats: 3 });
		expect(r.quota).toBe('6.00000');
		expect(r.rounds[1]).toMatchObject({
			action: {
				type: 'surplus',
				candidate: 'Chocolate',
				surplus: '6.00000',
				transferValue: '0.50000'
			},
			votes: { Chocolate: '6.00000', Strawberries: '5.00000', Bonbons: '3.00000' }
		});
		expect(r.rounds[2].action).toEqual({ type: 'exclusion', candidate: 'Pears', votes: '2.00000' });
		// Oranges reaches the quota; Bonbons is then excluded without transfer and Strawberries fills the last seat.
		expect(r.rounds[2].elected).toEqual(['Oranges', 'Strawberries']);
		expect(r.rounds[2].excludedWithoutTransfer).toEqual(['Bonbons']);
	});

	it("Meek and Gregory differ (D. MacIver's example): Meek elects 1, Gregory 2", () => {
		const e = { candidates: letters(4), ballots: ballots(['1 DABC', '2 ABCD', '3 DACB']) };
		expect([...count('stv-meek', e, { seats: 3 }).winners].sort()).toEqual(['A', 'B', 'D']);
		expect([...count('stv-gregory', e, { seats: 3 }).winners].sort()).toEqual(['A', 'C', 'D']);
		expect([...count('stv-scottish', e, { seats: 3 }).winners].sort()).toEqual(['A', 'C', 'D']);
	});

	it("I. D. Hill's Meek example: 2 ABC, 2 ABD, 1 BC elects A, B, C", () => {
		const e = { candidates: letters(4), ballots: ballots(['2 ABC', '2 ABD', '1 BC']) };
		expect([...count('stv-meek', e, { seats: 3 }).winners].sort()).toEqual(['A', 'B', 'C']);
	});
});

describe('Scottish STV rule details', () => {
	it('truncates transfer values to 5 decimals and books the loss', () => {
		const e = { candidates: letters(3), ballots: ballots(['2 AB', '1 AC', '1 B', '1 C']) };
		// quota floor(5/3)+1 = 2; A has 3: surplus 1, value 1 × 1/3 → 0.33333.
		const r = count('stv-scottish', e, { seats: 2 });
		expect(r.rounds[1].action).toMatchObject({ type: 'surplus', transferValue: '0.33333' });
		expect(r.rounds[1].votes).toMatchObject({ B: '1.66666', C: '1.33333' });
		expect(r.rounds[1].lostToRounding).toBe('0.00001');
	});

	it('equal surpluses: the candidate higher at the most recent differing stage goes first; then the lot', () => {
		const e = { candidates: letters(4), ballots: ballots(['4 AC', '4 BD', '1 C', '1 D']) };
		const r = count('stv-scottish', e, { seats: 3, seed: 'q' });
		expect(r.ties[0]).toMatchObject({ purpose: 'surplus', tied: ['A', 'B'], resolvedBy: 'random' });
	});

	it('rule 52: once the continuing candidates fill the seats, no further transfer', () => {
		const e = { candidates: letters(4), ballots: ballots(['6 A', '4 B', '3 CB', '1 D']) };
		const order = count('stv-scottish', e, { seats: 2 });
		const droop = count('stv-scottish', e, { seats: 2, transferLastExclusion: true });
		expect(order.winners).toEqual(droop.winners);
		expect(droop.rounds.length).toBeGreaterThan(order.rounds.length);
		expect(order.rounds.at(-1)!.excludedWithoutTransfer).toEqual(['C']);
		expect(droop.rounds.at(-1)!.votes.B).toBe('7.00000');
	});
});
