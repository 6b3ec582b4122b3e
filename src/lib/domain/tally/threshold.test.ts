/** Threshold votes: exact fractions, bases and quorum. */
import { describe, expect, it } from 'vitest';
import { count } from './index';
import type { MotionBallot } from './types';

const votes = (yes: number, no: number, abstain = 0): { ballots: MotionBallot[] } => ({
	ballots: [
		{ count: yes, choice: 'yes' as const },
		{ count: no, choice: 'no' as const },
		...(abstain ? [{ count: abstain, choice: 'abstain' as const }] : [])
	].filter((b) => b.count > 0)
});

describe('threshold', () => {
	it('simple majority: more than 1/2 of votes cast, abstentions excluded', () => {
		const r = count('threshold', votes(10, 9, 5));
		expect(r).toMatchObject({
			outcome: 'passes',
			baseVotes: 19,
			required: 10,
			turnout: 24,
			rule: 'more than 1/2 of votes cast (abstentions excluded)'
		});
		expect(count('threshold', votes(10, 10)).outcome).toBe('fails');
		expect(r.winners).toEqual([]);
	});
	it('"at least 2/3" versus "more than 2/3" at exactly two thirds', () => {
		const t = { numerator: 2, denominator: 3 };
		expect(
			count('threshold', votes(20, 10), { threshold: { ...t, inclusive: true } }).outcome
		).toBe('passes');
		expect(count('threshold', votes(20, 10), { threshold: t }).outcome).toBe('fails');
		expect(count('threshold', votes(20, 10), { threshold: t }).required).toBe(21);
	});
	it('bases: with abstentions, members present, all eligible', () => {
		expect(count('threshold', votes(10, 8, 3), { base: 'cast-with-abstentions' }).outcome).toBe(
			'fails'
		);
		expect(count('threshold', votes(10, 8), { base: 'present', present: 25 })).toMatchObject({
			outcome: 'fails',
			required: 13
		});
		expect(
			count('threshold', votes(60, 1), {
				base: 'eligible',
				eligible: 100,
				threshold: { numerator: 1, denominator: 2, inclusive: true }
			})
		).toMatchObject({ outcome: 'passes', required: 50 });
		expect(() => count('threshold', votes(1, 1), { base: 'present' })).toThrow(/present/);
	});
	it('quorum as a number or a fraction of eligible; no quorum reported', () => {
		expect(count('threshold', votes(5, 1), { quorum: { count: 10 } })).toMatchObject({
			outcome: 'no-quorum',
			quorum: { required: 10, reached: false }
		});
		expect(count('threshold', votes(5, 1, 4), { quorum: { count: 10 } }).outcome).toBe('passes');
		expect(
			count('threshold', votes(30, 3), { eligible: 100, quorum: { numerator: 1, denominator: 3 } })
		).toMatchObject({ outcome: 'no-quorum', quorum: { required: 34 } });
		expect(
			count('threshold', votes(31, 3), { eligible: 100, quorum: { numerator: 1, denominator: 3 } })
				.outcome
		).toBe('passes');
	});
	it('exact even past 2^53', () => {
		const big = 2 ** 51;
		expect(
			count('threshold', votes(big + 1, big - 1), { threshold: { numerator: 1, denominator: 2 } })
				.outcome
		).toBe('passes');
	});
	it('refuses bad ballots and options', () => {
		expect(() => count('threshold', { ballots: [{ count: 1, choice: 'maybe' as 'yes' }] })).toThrow(
			'ballots[0].choice'
		);
		expect(() =>
			count('threshold', votes(1, 1), { threshold: { numerator: 3, denominator: 2 } })
		).toThrow(/fraction/);
		expect(() => count('threshold', votes(5, 1), { present: 3 })).toThrow(/present/);
	});
});
