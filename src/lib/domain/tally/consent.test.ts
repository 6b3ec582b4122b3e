/** Consent decisions. */
import { describe, expect, it } from 'vitest';
import { count } from './index';
import type { ConsentBallot } from './types';

const b = (
	agree: number,
	abstain: number,
	disagree: number,
	block: number
): { ballots: ConsentBallot[] } => ({
	ballots: (
		[
			['agree', agree],
			['abstain', abstain],
			['disagree', disagree],
			['block', block]
		] as const
	)
		.filter(([, n]) => n > 0)
		.map(([choice, count]) => ({ choice, count }))
});

describe('consent', () => {
	it('passes with no blocks and enough agreement', () => {
		expect(count('consent', b(8, 3, 2, 0))).toMatchObject({
			outcome: 'passes',
			blocked: false,
			tally: { agree: 8, abstain: 3, disagree: 2, block: 0 }
		});
	});
	it('one block more than allowed stops it', () => {
		expect(count('consent', b(8, 0, 0, 1))).toMatchObject({ outcome: 'fails', blocked: true });
		expect(count('consent', b(8, 0, 0, 1), { maxBlocks: 1 }).outcome).toBe('passes');
	});
	it('blocks count against agreement; threshold and quorum apply', () => {
		expect(count('consent', b(3, 0, 1, 2), { maxBlocks: 2 }).outcome).toBe('fails');
		expect(
			count('consent', b(9, 0, 1, 0), {
				threshold: { numerator: 9, denominator: 10, inclusive: true }
			}).outcome
		).toBe('passes');
		expect(count('consent', b(2, 0, 0, 0), { quorum: { count: 3 } }).outcome).toBe('no-quorum');
	});
});
