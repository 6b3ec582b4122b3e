/**
 * The sentence and the chart a decision's page leads with, from real reports of the counting core.
 */
import { describe, expect, it } from 'vitest';
import { count, type CountReport } from '$lib/domain/tally';
import { rankedChart, verdictDetail } from './outcome';
import { timeLeft } from './time-left';

const name = (id: string) => `Option ${id}`;
const figures = (raw: CountReport, weighted = raw, turnout = raw.totalBallots) => ({
	raw,
	weighted,
	turnout,
	quorumRequired: null
});

describe('the verdict sentence', () => {
	const motion = count('threshold', {
		ballots: [
			{ count: 16, choice: 'yes' },
			{ count: 9, choice: 'no' },
			{ count: 5, choice: 'abstain' }
		]
	});

	it('gives a motion its share in favour, the votes counted and the rule', () => {
		expect(
			verdictDetail(
				{ outcome: 'passes', weighting: 'equal', method: 'threshold' },
				figures(motion),
				name
			)
		).toBe(
			'64% in favour; votes counted: 25. Needs more than 1/2 of the votes cast (abstentions not counted).'
		);
	});

	it('says when the figures are weighted, and from how many ballots', () => {
		const weighted = count('threshold', {
			ballots: [
				{ count: 40, choice: 'yes' },
				{ count: 10, choice: 'no' }
			]
		});
		expect(
			verdictDetail(
				{ outcome: 'passes', weighting: 'stake', method: 'threshold' },
				figures(motion, weighted),
				name
			)
		).toMatch(/^80% in favour; weighted votes counted: 50, from ballots: 30\./);
	});

	it('counts the blocks of a blocked consent, and the ballots short of a quorum', () => {
		const consent = count('consent', {
			ballots: [
				{ count: 9, choice: 'agree' },
				{ count: 2, choice: 'block' }
			]
		});
		const d = { outcome: 'blocked', weighting: 'equal', method: 'consent' };
		expect(verdictDetail(d, figures(consent), name)).toBe('blocks: 2, tolerated: 0.');
		expect(
			verdictDetail(
				{ ...d, outcome: 'no-quorum' },
				{ ...figures(consent), quorumRequired: 20 },
				name
			)
		).toBe('ballots cast: 11, needed: 20.');
	});

	it('names the chosen option and the method, never as an election', () => {
		const ranked = count('schulze', {
			candidates: ['1', '2', '3'],
			ballots: [
				{ count: 3, ranking: [['2'], ['1'], ['3']] },
				{ count: 2, ranking: [['1'], ['3'], ['2']] }
			]
		});
		expect(
			verdictDetail(
				{ outcome: 'chosen', weighting: 'equal', method: 'schulze' },
				figures(ranked),
				name
			)
		).toBe('Option 2 (counted by Ranked (Schulze); ballots: 5).');
		// The chart: head-to-head wins, the winner first and drawn strong.
		const chart = rankedChart(ranked, name)!;
		expect(chart.rows.map((r) => [r.label, r.text, !!r.strong])).toEqual([
			['Option 2', '2', true],
			['Option 1', '1', false],
			['Option 3', '0', false]
		]);
		expect(rankedChart(count('approval', { candidates: ['1'], ballots: [] }), name)).toBeNull();
	});
});

describe('the time left to vote', () => {
	const now = Date.parse('2026-01-01T00:00:00Z');
	it('is said in days, hours or minutes, and not at all once past', () => {
		expect(timeLeft(new Date(now + 3 * 86_400_000), 'en', now)).toBe('in 3 days');
		expect(timeLeft(new Date(now + 5 * 3_600_000), 'en', now)).toBe('in 5 hours');
		expect(timeLeft(new Date(now + 90_000), 'en', now)).toBe('in 2 minutes');
		expect(timeLeft(new Date(now - 1), 'en', now)).toBe('');
		expect(timeLeft(null, 'en', now)).toBe('');
	});
});
