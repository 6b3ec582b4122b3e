/** Instant-runoff: textbook examples, overvotes, batch elimination, ties. */
import { describe, expect, it } from 'vitest';
import { ballots, letters } from './fixtures/shorthand';
import { count } from './index';

describe('instant-runoff', () => {
	it('Tennessee capital: Knoxville wins on transfers although Nashville is the Condorcet winner', () => {
		const e = {
			candidates: letters(4),
			ballots: ballots(['42 ABCD', '26 BCDA', '15 CDBA', '17 DCBA'])
		};
		const r = count('irv', e);
		expect(r.winners).toEqual(['D']);
		expect(r.rounds.map((x) => x.eliminated)).toEqual([['C'], ['B'], []]);
		expect(r.rounds[1].tallies).toEqual({ A: 42, B: 26, D: 32 });
		expect(r.rounds[1].transfersIn).toEqual({ D: 15 });
		expect(r.rounds[2].tallies).toEqual({ A: 42, D: 58 });
		expect(r.order).toEqual(['D', 'A', 'B', 'C']);
		expect(count('schulze', e).winners).toEqual(['B']);
	});

	it('a majority of first preferences wins in round 1', () => {
		const r = count('irv', { candidates: letters(3), ballots: ballots(['6 A', '3 BA', '2 CB']) });
		expect(r.rounds).toHaveLength(1);
		expect(r.winners).toEqual(['A']);
		expect(r.rounds[0].majority).toBe(6);
	});

	it('overvotes: exhaust the ballot, or skip the rank', () => {
		const e = { candidates: letters(3), ballots: ballots(['6 A', '4 B', '2 C A=B', '1 C B']) };
		const exhaust = count('irv', e, { overvote: 'exhaust' });
		expect(exhaust.rounds[1]).toMatchObject({
			tallies: { A: 6, B: 5 },
			exhausted: 2,
			newlyExhausted: 2
		});
		expect(exhaust.winners).toEqual(['A']);
		expect(() => count('irv', { candidates: letters(3), ballots: ballots(['3 C A=B A']) })).toThrow(
			/twice/
		);
		const e2 = { candidates: letters(4), ballots: ballots(['6 A', '5 B', '3 C A=B D', '4 D']) };
		expect(count('irv', e2).rounds[1]).toMatchObject({
			tallies: { A: 6, B: 5, D: 4 },
			exhausted: 3
		});
		const skip = count('irv', e2, { overvote: 'skip' });
		expect(skip.rounds[1]).toMatchObject({ tallies: { A: 6, B: 5, D: 7 }, exhausted: 0 });
		expect(skip.overvote).toBe('skip');
	});

	it('a rank whose other candidates are out is no longer an overvote (as ChoicePlus counted Burlington)', () => {
		const e = { candidates: letters(4), ballots: ballots(['5 A', '4 B', '3 C', '1 D C=B']) };
		const r = count('irv', e);
		expect(r.rounds[1].transfersIn).toEqual({});
		expect(r.rounds[1].newlyExhausted).toBe(1);
		const r2 = count('irv', {
			candidates: letters(4),
			ballots: ballots(['5 A', '4 B', '3 C', '1 D C=B', '2 C'])
		});
		// D out first: C=B is an overvote (both continuing) → exhausted.
		expect(r2.rounds[1].newlyExhausted).toBe(1);
	});

	it('batch elimination removes all certain losers at once', () => {
		const e = { candidates: letters(5), ballots: ballots(['10 A', '9 B', '3 CB', '2 DB', '1 EA']) };
		const batch = count('irv', e, { batchElimination: true });
		expect(batch.rounds[0].eliminated.sort()).toEqual(['C', 'D', 'E']);
		expect(batch.rounds[1].tallies).toEqual({ A: 11, B: 14 });
		const single = count('irv', e);
		expect(single.rounds.length).toBe(4);
		expect(single.winners).toEqual(batch.winners);
	});

	it('ties for elimination look at earlier rounds first, then the lot', () => {
		// Round 1: D goes; round 2: B and C tie on 4, but C had fewer in round 1, so C goes.
		const e = { candidates: letters(4), ballots: ballots(['6 A', '4 B', '3 C', '1 DC', '1 DA']) };
		const r = count('irv', e);
		expect(r.rounds[1].tallies).toMatchObject({ B: 4, C: 4 });
		expect(r.rounds[1].eliminated).toEqual(['C']);
		expect(r.ties).toEqual([
			{
				stage: 2,
				purpose: 'exclude',
				tied: ['B', 'C'],
				resolvedBy: 'earlier-stage',
				chosen: ['C'],
				decidedAtStage: 1
			}
		]);
		const lot = count(
			'irv',
			{ candidates: letters(3), ballots: ballots(['4 A', '2 B', '2 C']) },
			{ seed: 's' }
		);
		expect(lot.ties[0]).toMatchObject({
			purpose: 'exclude',
			tied: ['B', 'C'],
			resolvedBy: 'random'
		});
	});

	it('rejects more than one seat', () => {
		expect(() =>
			count('irv', { candidates: letters(3), ballots: ballots(['1 A']) }, { seats: 2 })
		).toThrow(/seats/);
	});
});
