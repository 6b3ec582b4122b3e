import { describe, expect, it } from 'vitest';
import { colorSchemeOf, themeOf } from './theme-cookie';

describe('the theme cookie', () => {
	it.each([
		['light', 'light'],
		['dark', 'dark'],
		[undefined, 'system'],
		[null, 'system'],
		['', 'system'],
		['system', 'system'],
		['DARK', 'system'],
		['dark; x', 'system'],
		['"><script>', 'system']
	])('reads %j as %s', (value, theme) => {
		expect(themeOf(value)).toBe(theme);
	});

	it('gives the browser the colour schemes the page may take', () => {
		expect(colorSchemeOf('light')).toBe('light');
		expect(colorSchemeOf('dark')).toBe('dark');
		expect(colorSchemeOf('system')).toBe('light dark');
	});
});
