import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The colour tokens of src/app.css, read as the browser reads them: each `light-dark(a, b)` gives
 * the light and the dark value. Every pair the pages put together must pass WCAG AA in both.
 */
const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
const rootBlock = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));

function tokens(scheme: 0 | 1): Map<string, string> {
	const found = new Map<string, string>();
	for (const [, name, value] of rootBlock.matchAll(/--(color-[a-z0-9-]+):\s*([^;]+);/g)) {
		const pair = /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i.exec(value.trim());
		found.set(name, pair ? pair[1 + scheme] : value.trim());
	}
	return found;
}

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

const backgrounds = ['bg', 'surface', 'surface-2', 'info-bg'];
/** [foreground, background, least ratio]: text 4.5:1, focus rings and control borders 3:1. */
const pairs: [string, string, number][] = [
	...['text', 'muted', 'primary', 'primary-strong', 'danger', 'success'].flatMap((fg) =>
		backgrounds.map((bg): [string, string, number] => [fg, bg, 4.5])
	),
	['text', 'danger-bg', 4.5],
	['text', 'success-bg', 4.5],
	['muted', 'danger-bg', 4.5],
	['muted', 'success-bg', 4.5],
	['danger', 'danger-bg', 4.5],
	['success', 'success-bg', 4.5],
	['on-primary', 'primary', 4.5],
	['on-primary', 'primary-strong', 4.5],
	['on-accent', 'accent', 4.5],
	['surface', 'danger', 4.5],
	['surface', 'text', 4.5],
	...backgrounds.map((bg): [string, string, number] => ['focus', bg, 3]),
	['control', 'surface', 3],
	['control', 'bg', 3]
];

describe.each([
	['light', 0],
	['dark', 1]
] as const)('the %s colours', (_name, scheme) => {
	const colours = tokens(scheme);

	it.each(pairs)('%s on %s reaches %s:1', (fg, bg, least) => {
		const a = colours.get(`color-${fg}`);
		const b = colours.get(`color-${bg}`);
		expect(a, fg).toMatch(/^#[0-9a-f]{6}$/i);
		expect(b, bg).toMatch(/^#[0-9a-f]{6}$/i);
		expect(contrast(a!, b!)).toBeGreaterThanOrEqual(least);
	});
});

it('gives the same tokens to browsers without light-dark()', () => {
	const fallback = css.slice(css.indexOf('@supports not (color: light-dark('));
	for (const name of tokens(0).keys()) {
		if (/light-dark/.test(rootBlock.match(new RegExp(`--${name}:[^;]+`))![0]))
			expect(fallback, name).toContain(`--${name}: ${tokens(0).get(name)};`);
	}
});
