import { describe, expect, it } from 'vitest';
import { foldName, nameMatches } from './group-filter';
import { applies, formMode, presetFor, presetValues, PRESETS } from './presets';
import { groupFactorFor, groupStakeFor, GROUP_STAKES } from './weights';

describe('proposal templates', () => {
	it('reads a template from a link and refuses anything else', () => {
		expect(formMode('rank')).toBe('rank');
		expect(formMode('all')).toBe('all');
		expect(formMode('election')).toBeNull();
		expect(formMode(undefined)).toBeNull();
	});
	it('presets the ballot type and method, and reads a draft back as the same template', () => {
		for (const p of PRESETS) {
			const v = presetValues(p);
			expect(presetFor(v.ballotType, v.method), p).toBe(p === 'sense-check' ? 'yes-no' : p);
		}
		expect(presetValues('sense-check')).toMatchObject({ ballotType: 'motion', votingDays: '2' });
		expect(presetValues('score')).toMatchObject({ ballotType: 'choice', method: 'score' });
	});
	it('offers a threshold to yes/no and consent, blocks to consent, options to a choice', () => {
		expect(applies('motion')).toEqual({ threshold: true, blocks: false, options: false });
		expect(applies('consent')).toEqual({ threshold: true, blocks: true, options: false });
		expect(applies('choice')).toEqual({ threshold: false, blocks: false, options: true });
	});
});

describe('affected groups', () => {
	it('filters names ignoring case and accents', () => {
		expect(foldName(' Perú ')).toBe('peru');
		expect(nameMatches('Valencia', 'valen')).toBe(true);
		expect(nameMatches('Perú', 'PERU')).toBe(true);
		expect(nameMatches('Lima', 'valencia')).toBe(false);
		expect(nameMatches('Lima', '  ')).toBe(true);
	});
	it('turns the 1–5 stake into a factor above everyone else’s single vote, and back', () => {
		expect(GROUP_STAKES.map(groupFactorFor)).toEqual([2, 3, 4, 5, 6]);
		expect(GROUP_STAKES.map((s) => groupStakeFor(groupFactorFor(s)))).toEqual([1, 2, 3, 4, 5]);
		expect(groupStakeFor(10)).toBe(5);
	});
});
