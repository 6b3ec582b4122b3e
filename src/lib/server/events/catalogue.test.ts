import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, eventData } from './catalogue';

const serverRoot = path.resolve(fileURLToPath(import.meta.url), '../..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return sourceFiles(full);
		return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
	});
}

describe('the event catalogue', () => {
	it('names every event noun.past-verb', () => {
		for (const type of EVENT_TYPES) expect(type).toMatch(/^[a-z-]+\.[a-z-]+$/);
	});

	it('refuses data that was not declared, such as a ballot’s choice', () => {
		expect(() => eventData('ballot.cast', { weight: 1, choice: 'yes' })).toThrow();
		expect(eventData('ballot.cast', { weight: 2 })).toEqual({ weight: 2 });
	});

	it('declares no event that nothing appends (a command cannot append an undeclared one: appendEvent is typed)', () => {
		const written = new Set<string>();
		for (const file of sourceFiles(serverRoot)) {
			// The declarations themselves do not count as appending.
			if (file.endsWith(`${path.sep}events.ts`) || file.includes(`${path.sep}events${path.sep}`))
				continue;
			for (const m of readFileSync(file, 'utf8').matchAll(/'([a-z-]+\.[a-z-]+)'/g))
				written.add(m[1]);
		}
		for (const type of EVENT_TYPES)
			expect(written.has(type), `${type} is declared but never appended`).toBe(true);
	});
});
