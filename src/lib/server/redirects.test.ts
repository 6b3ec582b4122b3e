import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './redirects';

describe('safeRedirectTarget', () => {
	it.each([
		['/settings', '/settings'],
		['/decisions/12-budget?tab=vote#ballot', '/decisions/12-budget?tab=vote#ballot'],
		['/posts/1-caf%C3%A9', '/posts/1-caf%C3%A9']
	])('keeps our own path %s', (value, expected) => {
		expect(safeRedirectTarget(value)).toBe(expected);
	});

	it.each([
		['another site', 'https://evil.example/'],
		['a protocol-relative URL', '//evil.example/'],
		['a backslash read as a slash', '/\\evil.example'],
		['a tab the browser drops', '/\t/evil.example'],
		['a line break the browser drops', '/\n/evil.example'],
		['header injection', '/ok\r\nSet-Cookie: x=1'],
		['a NUL byte', '/ok\u0000'],
		['a relative path', 'settings'],
		['a script URL', 'javascript:alert(1)'],
		['nothing', ''],
		['not a string', 42],
		['a very long path', '/' + 'a'.repeat(600)]
	])('refuses %s', (_what, value) => {
		expect(safeRedirectTarget(value, '/home')).toBe('/home');
	});
});
