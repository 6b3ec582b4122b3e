import { describe, expect, it } from 'vitest';
import { MAJORITY, TWO_THIRDS, verdict, type Counts } from './ratification';

const c = (yes: number, no: number, abstain = 0): Counts => ({ yes, no, abstain });

describe('ratification and motion thresholds', () => {
	const cases: [string, Counts, number, typeof MAJORITY, string][] = [
		['two thirds exactly ratifies', c(2, 1), 3, TWO_THIRDS, 'carried'],
		['just under two thirds does not', c(65, 34), 100, TWO_THIRDS, 'threshold'],
		['abstentions do not count against', c(2, 1, 5), 8, TWO_THIRDS, 'carried'],
		['all abstain: nothing carried', c(0, 0, 6), 6, MAJORITY, 'threshold'],
		['half the delegates must take part', c(3, 0), 7, TWO_THIRDS, 'turnout'],
		['exactly half take part', c(4, 0), 8, TWO_THIRDS, 'carried'],
		['a tie is not a majority', c(5, 5), 10, MAJORITY, 'threshold'],
		['one more yes is', c(6, 5), 11, MAJORITY, 'carried'],
		['no delegates, no vote', c(0, 0), 0, MAJORITY, 'turnout']
	];
	it.each(cases)('%s', (_name, counts, delegates, rule, reason) => {
		expect(verdict(counts, delegates, rule).reason).toBe(reason);
		expect(verdict(counts, delegates, rule).carried).toBe(reason === 'carried');
	});
});
