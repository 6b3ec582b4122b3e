import { describe, expect, it } from 'vitest';
import { countWithBalance } from './balance';
import { readElectionBallot } from './ballot';
import { standingRefusal } from './eligibility';
import { ballotOrder } from './shuffle';
import { reservesOfReport } from './standing';
import { countYesNo } from './yes-no';
import { countMeekStv } from '../tally/stv-meek';
import { countIrv } from '../tally/irv';
import type { RankedBallot } from '../tally/types';

const ids = ['1', '2', '3', '4', '5', '6'];

describe('the ballot order each voter sees', () => {
	it('is the same on every reload and differs between voters', () => {
		expect(ballotOrder(ids, 'seed', 7)).toEqual(ballotOrder(ids, 'seed', 7));
		expect([...ballotOrder(ids, 'seed', 7)].sort()).toEqual(ids);
		const orders = new Set(
			Array.from({ length: 20 }, (_, v) => ballotOrder(ids, 'seed', v).join())
		);
		expect(orders.size).toBeGreaterThan(10);
	});
	it('puts each candidate first for some voters (no one is always on top)', () => {
		const firsts = new Set(Array.from({ length: 200 }, (_, v) => ballotOrder(ids, 's', v)[0]));
		expect(firsts.size).toBe(ids.length);
	});
});

describe('a balance rule', () => {
	// Five seats; the women are 'c' and 'e'; 'a', 'b', 'd' are men and most liked.
	const gender: Record<string, string> = { a: 'm', b: 'm', c: 'f', d: 'm', e: 'f', f: 'm' };
	const names = ['a', 'b', 'c', 'd', 'e', 'f'];
	const ballots: RankedBallot[] = [
		{ count: 30, ranking: [['a'], ['b'], ['d']] },
		{ count: 25, ranking: [['b'], ['a'], ['f']] },
		{ count: 20, ranking: [['d'], ['f'], ['a']] },
		{ count: 12, ranking: [['c'], ['e']] },
		{ count: 8, ranking: [['e'], ['c']] },
		{ count: 10, ranking: [['f'], ['d']] }
	];
	const count = (excluded: readonly string[]) => {
		const running = names.filter((c) => !excluded.includes(c));
		return Promise.resolve(
			countMeekStv(
				{
					candidates: running,
					ballots: ballots.map((b) => ({
						count: b.count,
						ranking: b.ranking.filter((g) => running.includes(g[0]))
					}))
				},
				{ seats: 3, seed: 'x' }
			)
		);
	};
	it('recounts without the last-elected over-represented candidate until it is met', async () => {
		const plain = await count([]);
		expect(plain.winners.filter((c) => gender[c] === 'f')).toHaveLength(0);
		const rule = { attribute: 'gender' as const, value: 'f', minShare: 0.3 };
		const balanced = await countWithBalance(names, 3, rule, (c) => gender[c], count);
		expect(balanced.required).toBe(1);
		expect(balanced.met).toBe(true);
		expect(balanced.report.winners.filter((c) => gender[c] === 'f')).toHaveLength(1);
		// The first taken out is the last elected of the plain count; all taken out are men.
		expect(balanced.excluded[0]).toBe(plain.winners[plain.winners.length - 1]);
		expect(balanced.excluded.every((c) => gender[c] === 'm')).toBe(true);
		expect(balanced.steps).toHaveLength(balanced.excluded.length + 1);
	});
	it('stops, unmet, when no candidate with the attribute is left to gain a seat', async () => {
		const rule = { attribute: 'gender' as const, value: 'x', minShare: 0.5 };
		const r = await countWithBalance(names, 3, rule, (c) => gender[c], count);
		expect(r.met).toBe(false);
		expect(r.excluded).toEqual([]);
	});
	it('does nothing without a rule', async () => {
		const r = await countWithBalance(names, 3, null, () => null, count);
		expect(r.steps).toHaveLength(1);
		expect(r.met).toBe(true);
	});
});

describe('reserves', () => {
	it('are the unelected in order of how long they lasted, then their votes', () => {
		const report = countIrv(
			{
				candidates: ['a', 'b', 'c', 'd'],
				ballots: [
					{ count: 10, ranking: [['a']] },
					{ count: 8, ranking: [['b'], ['a']] },
					{ count: 5, ranking: [['c'], ['b']] },
					{ count: 2, ranking: [['d'], ['c']] }
				]
			},
			{ seed: 'x' }
		);
		expect(report.winners).toEqual(['b']);
		// a lasted to the end; c fell in the second round, d in the first.
		expect(reservesOfReport(report, ['a', 'b', 'c', 'd'])).toEqual(['a', 'c', 'd']);
	});
});

describe('reading a ballot', () => {
	it('reads ranks into an order, closing gaps', () => {
		expect(readElectionBallot('meek', ids, { 'rank-3': '1', 'rank-1': '4' })).toEqual({
			ok: true,
			choice: { ranking: ['3', '1'] }
		});
	});
	it('refuses junk on its field', () => {
		expect(readElectionBallot('meek', ids, { 'rank-3': '1', 'rank-1': '1' })).toMatchObject({
			ok: false,
			key: 'election_error_rank_twice'
		});
		expect(readElectionBallot('meek', ids, { 'rank-3': '-1' })).toMatchObject({ ok: false });
		expect(readElectionBallot('meek', ids, { 'rank-3': '99' })).toMatchObject({ ok: false });
		expect(readElectionBallot('meek', ids, { 'rank-77': '1' })).toMatchObject({
			key: 'election_error_unknown_candidate'
		});
		expect(readElectionBallot('meek', ids, {})).toMatchObject({ key: 'election_error_empty' });
		expect(readElectionBallot('yes-no', ids, { 'yn-1': 'maybe' })).toMatchObject({ ok: false });
		expect(readElectionBallot('yes-no', ids, { 'rank-1': '1' })).toMatchObject({ ok: false });
	});
	it('reads yes and no, blanks left out', () => {
		expect(readElectionBallot('yes-no', ids, { 'yn-1': 'yes', 'yn-2': 'no', 'yn-3': '' })).toEqual({
			ok: true,
			choice: { yesNo: { '1': 'yes', '2': 'no' } }
		});
	});
});

describe('yes or no per candidate', () => {
	it('elects those with more yes than no, most yes first, up to the seats', () => {
		const r = countYesNo(
			['a', 'b', 'c'],
			[
				{ a: 'yes', b: 'yes', c: 'no' },
				{ a: 'yes', b: 'no', c: 'no' },
				{ a: 'yes', b: 'yes', c: 'yes' }
			],
			2,
			's'
		);
		expect(r.winners).toEqual(['a', 'b']);
		expect(r.order).toEqual(['c']);
	});
	it('leaves a seat empty rather than fill it with someone the voters refused', () => {
		const r = countYesNo(['a', 'b'], [{ a: 'yes', b: 'no' }], 2, 's');
		expect(r.winners).toEqual(['a']);
	});
});

describe('term limits and rotation', () => {
	const day = 86_400_000;
	const start = new Date('2027-01-01');
	const term = (fromDays: number, toDays: number | null) => ({
		startsAt: new Date(start.getTime() + fromDays * day),
		endsAt: toDays === null ? null : new Date(start.getTime() + toDays * day)
	});
	it('refuses a third consecutive term, allows one after a break', () => {
		const rules = { termLimit: null, maxConsecutive: 2 };
		expect(standingRefusal([term(-730, -365), term(-365, 0)], rules, start)).toBe('rotation');
		expect(standingRefusal([term(-365, 0)], rules, start)).toBeNull();
		expect(standingRefusal([term(-900, -500), term(-365, 0)], rules, start)).toBeNull();
	});
	it('refuses past the term limit', () => {
		expect(
			standingRefusal(
				[term(-2000, -1600), term(-365, -200)],
				{ termLimit: 2, maxConsecutive: null },
				start
			)
		).toBe('term-limit');
	});
});
