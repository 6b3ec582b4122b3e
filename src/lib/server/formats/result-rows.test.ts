import { describe, expect, it } from 'vitest';
import { count } from '$lib/domain/tally';
import { resultRows } from './result-rows';

const label = (id: string) => ({ a: 'Keep the hall', b: 'Sell, then rent', c: '=Move' })[id] ?? id;
const ranked = [
	{ count: 4, ranking: [['a'], ['b'], ['c']] },
	{ count: 3, ranking: [['b'], ['c'], ['a']] },
	{ count: 2, ranking: [['c'], ['b'], ['a']] }
];
const find = (rows: unknown[][], measure: string, option?: string, round?: number) =>
	rows.filter(
		(r) =>
			r[3] === measure &&
			(option === undefined || r[2] === label(option)) &&
			(round === undefined || r[1] === round)
	);

describe('a count report as spreadsheet rows', () => {
	it('gives instant-runoff every round: votes, transfers, exhausted ballots and the threshold', () => {
		const report = count('irv', { candidates: ['a', 'b', 'c'], ballots: ranked });
		const rows = resultRows('raw', report, label);
		expect(find(rows, 'votes', 'a', 1)[0].slice(5, 7)).toEqual([4, '4']);
		expect(find(rows, 'votes', 'c', 1)[0][5]).toBe(2);
		// c is out after the first round; its two ballots go to b.
		expect(find(rows, 'excluded-in-round', 'c')[0][5]).toBe(1);
		expect(find(rows, 'votes', 'b', 2)[0][5]).toBe(5);
		expect(find(rows, 'threshold', undefined, 1)).toHaveLength(1);
		expect(find(rows, 'winner').map((r) => r[2])).toEqual(['Sell, then rent']);
		expect(find(rows, 'ballots-counted')[0][5]).toBe(9);
		expect(rows.every((r) => r[0] === 'raw')).toBe(true);
	});

	it('gives Schulze its pairwise preferences and the places', () => {
		const report = count('schulze', { candidates: ['a', 'b', 'c'], ballots: ranked });
		const rows = resultRows('weighted', report, label);
		const ab = find(rows, 'preferred-over', 'a').find((r) => r[4] === label('b'))!;
		expect(ab[5]).toBe(4);
		const winner = find(rows, 'winner')[0];
		expect(winner[7]).toBe(1);
		expect(rows.every((r) => r[0] === 'weighted')).toBe(true);
	});

	it('keeps exact STV figures beside their decimal value', () => {
		const report = count(
			'stv-meek',
			{ candidates: ['a', 'b', 'c'], ballots: ranked },
			{ seats: 2 }
		);
		const rows = resultRows('raw', report, label);
		const votes = find(rows, 'votes', 'a', 1)[0];
		expect(typeof votes[5]).toBe('number');
		expect(String(votes[6])).toMatch(/^4(\.0+)?$/);
		expect(find(rows, 'elected-in-round')).toHaveLength(2);
	});

	it('gives a motion its ballots per choice', () => {
		const report = count('threshold', {
			ballots: [
				{ count: 5, choice: 'yes' },
				{ count: 2, choice: 'no' },
				{ count: 1, choice: 'abstain' }
			]
		});
		const rows = resultRows('raw', report, (id) => id);
		expect(find(rows, 'ballots').map((r) => [r[2], r[5]])).toEqual([
			['yes', 5],
			['no', 2],
			['abstain', 1]
		]);
	});
});
