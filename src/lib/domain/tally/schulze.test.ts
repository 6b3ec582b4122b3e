/** Schulze: textbook examples, Debian rules, ties. */
import { describe, expect, it } from 'vitest';
import { count } from './index';
import { ballots, tennessee } from './fixtures/shorthand';

const wikipedia = {
	candidates: ['A', 'B', 'C', 'D', 'E'],
	ballots: ballots([
		'5 ACBED',
		'5 ADECB',
		'8 BEDAC',
		'3 CABED',
		'7 CAEBD',
		'2 CBADE',
		'7 DCEBA',
		'8 EBADC'
	])
};

describe('Schulze', () => {
	it('Wikipedia example: pairwise matrix, strongest paths and order E > A > C > B > D', () => {
		const r = count('schulze', wikipedia);
		const d = [
			[0, 20, 26, 30, 22],
			[25, 0, 16, 33, 18],
			[19, 29, 0, 17, 24],
			[15, 12, 28, 0, 14],
			[23, 27, 21, 31, 0]
		];
		const p = [
			[0, 28, 28, 30, 24],
			[25, 0, 28, 33, 24],
			[25, 29, 0, 29, 24],
			[25, 28, 28, 0, 24],
			[25, 28, 28, 31, 0]
		];
		const names = wikipedia.candidates;
		names.forEach((a, i) =>
			names.forEach((b, j) => {
				if (i === j) return;
				expect(r.pairwise[a][b]).toBe(d[i][j]);
				expect(r.strongestPaths[a][b]?.for).toBe(p[i][j]);
			})
		);
		expect(r.order).toEqual(['E', 'A', 'C', 'B', 'D']);
		expect(r.winners).toEqual(['E']);
		expect(count('schulze', wikipedia, { strength: 'margin' }).winners).toEqual(['E']);
	});

	it('Tennessee capital: Nashville, the Condorcet winner', () => {
		const r = count('schulze', tennessee);
		expect(r.winners).toEqual(['Nashville']);
		expect(r.order).toEqual(['Nashville', 'Chattanooga', 'Knoxville', 'Memphis']);
	});

	it('an exact tie is broken by the seeded lot and reported', () => {
		const tie = { candidates: ['A', 'B'], ballots: ballots(['3 AB', '3 BA']) };
		const r = count('schulze', tie, { seed: 'lot-1' });
		expect(r.order).toEqual([['A', 'B']]);
		expect(r.ties).toEqual([
			{ purpose: 'winner', tied: ['A', 'B'], resolvedBy: 'random', chosen: r.winners }
		]);
		expect(r.seed).toBe('lot-1');
		expect(count('schulze', tie, { seed: 'lot-1' }).winners).toEqual(r.winners);
		const seen = new Set(
			Array.from({ length: 20 }, (_, i) => count('schulze', tie, { seed: i }).winners[0])
		);
		expect(seen).toEqual(new Set(['A', 'B']));
		expect(count('schulze', tie, { tieBreak: 'candidate-order' }).winners).toEqual(['A']);
	});

	it('Debian: unranked options count as ranked last, tie groups as equal', () => {
		const e = { candidates: ['A', 'B', 'C'], ballots: ballots(['1 A', '1 B=C']) };
		const last = count('schulze', e);
		expect(last.pairwise.A).toEqual({ B: 1, C: 1 });
		expect(last.pairwise.B).toEqual({ A: 1, C: 0 });
		const ignore = count('schulze', e, { unranked: 'ignore' });
		expect(ignore.pairwise.A).toEqual({ B: 0, C: 0 });
	});

	it('Debian supermajority and quorum drop options', () => {
		const e = { candidates: ['A', 'B', 'N'], ballots: ballots(['5 A', '4 BNA', '2 NBA']) };
		const r = count('schulze', e, {
			debian: { defaultOption: 'N', majority: { numerator: 3, denominator: 2 }, quorum: 5 }
		});
		// A beats N 5:6, short of 3:2; B beats N 4:2 (more than 3:2) but 4 is under the quorum of 5.
		expect(r.debian!.options.A).toMatchObject({
			for: 5,
			against: 6,
			meetsMajority: false,
			meetsQuorum: true
		});
		expect(r.debian!.options.B).toMatchObject({
			for: 4,
			against: 2,
			meetsMajority: true,
			meetsQuorum: false
		});
		expect(r.debian!.dropped.sort()).toEqual(['A', 'B']);
		expect(r.winners).toEqual(['N']);
	});
});
