import { describe, expect, it } from 'vitest';
import { parseTierRule, tierAtSignUp, tierByTime, tierRules } from './tier-rules';
import { parseElectorate } from './electorate';

const rules = (interim: string, member: string) => tierRules({ interim, member });

describe('tier rules', () => {
	it('reads rules, refusing what is not one', () => {
		expect(parseTierRule('months:6')).toEqual({ kind: 'months', months: 6 });
		expect(parseTierRule('chapter-confirmation')).toEqual({ kind: 'chapter-confirmation' });
		expect(parseTierRule('months:0')).toBeNull();
		expect(parseTierRule('months:100')).toBeNull();
		expect(parseTierRule('sign-up ')).toBeNull();
		expect(parseTierRule(7)).toBeNull();
		// An unreadable stored rule falls back to the default.
		expect(tierRules({ interim: 'nonsense' }).interim).toEqual({ kind: 'sign-up' });
	});

	it('gives a new account the tier its sign-up rules reach', () => {
		expect(tierAtSignUp(rules('sign-up', 'convention'))).toBe('interim');
		expect(tierAtSignUp(rules('sign-up', 'sign-up'))).toBe('member');
		expect(tierAtSignUp(rules('months:3', 'sign-up'))).toBe('friend');
		expect(tierAtSignUp(rules('chapter-confirmation', 'convention'))).toBe('friend');
	});

	it('promotes by time only under a months rule, once the months are over', () => {
		const since = new Date('2026-01-31T12:00:00Z');
		const r = rules('months:1', 'months:12');
		expect(tierByTime('friend', since, r, new Date('2026-02-27T12:00:00Z'))).toBeNull();
		expect(tierByTime('friend', since, r, new Date('2026-03-04T12:00:00Z'))).toBe('interim');
		expect(tierByTime('interim', since, r, new Date('2026-12-31T12:00:00Z'))).toBeNull();
		expect(tierByTime('interim', since, r, new Date('2027-02-01T12:00:00Z'))).toBe('member');
		expect(tierByTime('member', since, r, new Date('2030-01-01'))).toBeNull();
		expect(
			tierByTime('interim', since, rules('sign-up', 'convention'), new Date('2030-01-01'))
		).toBeNull();
	});
});

describe('the electorate rule', () => {
	it('reads a minimum number of days, else the electorate fixed at submission', () => {
		expect(parseElectorate('min-days-in-scope:30')).toEqual({ kind: 'min-days', days: 30 });
		expect(parseElectorate('fixed-at-submission')).toEqual({ kind: 'fixed-at-submission' });
		expect(parseElectorate('min-days-in-scope:0')).toEqual({ kind: 'fixed-at-submission' });
		expect(parseElectorate(null)).toEqual({ kind: 'fixed-at-submission' });
	});
});
