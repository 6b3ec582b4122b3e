import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (file: string) =>
	JSON.parse(readFileSync(`messages/${file}`, 'utf8')) as Record<string, string>;
const english = load('en.json');
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe.each(readdirSync('messages').filter((f) => f !== 'en.json'))('%s', (file) => {
	const translation = load(file);
	it('has every message and no stray ones', () => {
		expect(Object.keys(translation).sort()).toEqual(Object.keys(english).sort());
	});
	it('keeps the placeholders of every message', () => {
		for (const key of Object.keys(english))
			expect(placeholders(translation[key] ?? ''), key).toEqual(placeholders(english[key]));
	});
	it('translates every message (same text only for names and symbols)', () => {
		const same = Object.keys(english).filter(
			(k) => k !== '$schema' && translation[k] === english[k] && /[a-z]{4}/.test(english[k])
		);
		expect(same.filter((k) => !['org_default_name', 'error_title'].includes(k))).toEqual([]);
	});
});

it('every message used in the code exists', () => {
	const used = new Set<string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = `${dir}/${entry.name}`;
			if (entry.isDirectory()) {
				if (entry.name !== 'paraglide') walk(path);
			} else if (/\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
				const text = readFileSync(path, 'utf8');
				// `m.key(` only means a message where `m` is the compiled catalogue.
				if (text.includes('paraglide/messages')) {
					for (const match of text.matchAll(/\bm\.([a-z][a-z0-9_]*)\(/g)) used.add(match[1]);
				}
				for (const match of text.matchAll(/'(error_[a-z0-9_]+)'/g)) used.add(match[1]);
			}
		}
	};
	walk('src');
	expect([...used].filter((key) => !(key in english))).toEqual([]);
});
