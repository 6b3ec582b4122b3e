import { describe, expect, it } from 'vitest';
import { effortInput, parseDuration, ratingInput } from './projects';

describe('parseDuration', () => {
	it.each([
		['45', 45],
		['1:30', 90],
		['2h', 120],
		['1.5h', 90],
		['1,25h', 75],
		['90 min', 90],
		['-30', -30],
		['1.33h', null],
		['abc', null],
		['', null],
		['1e3', null]
	])('%j → %s', (text, minutes) => expect(parseDuration(text)).toBe(minutes));
});

describe('effort and rating input', () => {
	it.each(['0', '-10', '961', '99999', 'lots', '1:75', '24h'])('refuses %j minutes', (minutes) => {
		expect(effortInput.safeParse({ minutes, intensity: '3' }).success).toBe(false);
	});
	it.each(['0', '6', '2.5', 'x', ''])('refuses intensity %j', (intensity) => {
		expect(effortInput.safeParse({ minutes: '30', intensity }).success).toBe(false);
	});
	it.each([
		['0', '3'],
		['3', '6'],
		['-1', '3'],
		['3.5', '3']
	])('refuses ratings %s/%s', (empowerment, onerousness) => {
		expect(ratingInput.safeParse({ empowerment, onerousness }).success).toBe(false);
	});
	it('reads good input', () => {
		expect(effortInput.parse({ minutes: '1:15', intensity: '4' })).toMatchObject({
			minutes: 75,
			intensity: 4
		});
		expect(ratingInput.parse({ empowerment: '5', onerousness: '1' })).toEqual({
			empowerment: 5,
			onerousness: 1
		});
	});
});
