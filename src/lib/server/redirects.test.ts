import fc from 'fast-check';
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

describe('safeRedirectTarget, on any input', () => {
	const separators = fc.constantFrom('\u2028', '\u2029', '\u0085', '\r', '\n', '\0', '\\', '\t');
	const piece = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), separators);
	const target = fc.array(piece, { maxLength: 6 }).map((parts) => '/' + parts.join(''));

	it('gives a same-site path that is a valid Location header', () => {
		fc.assert(
			fc.property(fc.oneof(target, fc.string()), (value) => {
				const out = safeRedirectTarget(value, '/home');
				expect(() => new Headers({ location: out })).not.toThrow();
				expect(out.startsWith('/') && !out.startsWith('//')).toBe(true);
				expect(new URL(out, 'http://plenary.invalid').origin).toBe('http://plenary.invalid');
			}),
			{ numRuns: 2000 }
		);
	});

	it.each([['\u2028'], ['\u2029'], ['\u0085']])('encodes the line separator %j', (sep) => {
		expect(safeRedirectTarget(`/ok${sep}next`)).toBe(`/ok${encodeURIComponent(sep)}next`);
	});
});
