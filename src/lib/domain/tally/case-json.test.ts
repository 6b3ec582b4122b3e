/** The vote-case JSON format: reading, writing and hostile input. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCaseJson, writeCaseJson } from './case-json';
import { count } from './index';

const casesDir = path.resolve(
	fileURLToPath(import.meta.url),
	'../../../../..',
	'fixtures/vote-cases'
);

describe('vote-case JSON', () => {
	it('reads every shared case and writes it back in the same layout', () => {
		for (const f of readdirSync(casesDir).filter((x) => x.endsWith('.json'))) {
			const text = readFileSync(path.join(casesDir, f), 'utf8');
			const c = parseCaseJson(text);
			const written = writeCaseJson(c);
			expect(JSON.parse(written)).toEqual(JSON.parse(text));
			expect(written.split('\n').filter((l) => l.startsWith('  {"count"'))).toHaveLength(
				c.ballots.length
			);
		}
	});

	it('names the line and column of a syntax error', () => {
		expect(() => parseCaseJson('{\n "method": "irv",\n "ballots": [,]\n}')).toThrow(
			/^line 3 column \d+: invalid JSON/
		);
	});

	it('names the field at fault', () => {
		expect(() => parseCaseJson('[]')).toThrow(/one JSON object/);
		expect(() => parseCaseJson('{"method": "plurality", "ballots": []}')).toThrow(
			/^method: unknown method "plurality"/
		);
		expect(() => parseCaseJson('{"method": "irv"}')).toThrow(/^ballots: missing/);
		expect(() => parseCaseJson('{"seats": 0, "ballots": []}')).toThrow(/^seats:/);
		const c = parseCaseJson('{"method":"irv","candidates":["A","A"],"ballots":[]}');
		expect(() => count('irv', c as never)).toThrow('candidates[1]: duplicate candidate "A"');
	});

	it('hostile ranked ballots are refused with their position', () => {
		const e = (ballots: unknown) => ({ candidates: ['A', 'B'], ballots }) as never;
		expect(() => count('schulze', e([{ count: 1, ranking: [['A'], ['Z']] }]))).toThrow(
			'ballots[0].ranking[1][0]: unknown candidate "Z"'
		);
		expect(() => count('schulze', e([{ count: 1, ranking: [['A'], ['B', 'A']] }]))).toThrow(
			'ballots[0].ranking[1][1]: candidate "A" appears twice in one ballot'
		);
		expect(() => count('irv', e([{ count: 0, ranking: [['A']] }]))).toThrow(
			'ballots[0].count: count must be positive, got 0'
		);
		expect(() => count('irv', e([{ count: -2, ranking: [['A']] }]))).toThrow(
			/must be positive, got -2/
		);
		expect(() => count('irv', e([{ count: 1.5, ranking: [['A']] }]))).toThrow(
			/whole number, got 1.5/
		);
		expect(() => count('irv', e([{ count: '3', ranking: [['A']] }]))).toThrow(/must be a number/);
		expect(() => count('irv', e([{ count: 1, ranking: [[]] }]))).toThrow(
			'ballots[0].ranking[0]: empty rank'
		);
		expect(() => count('irv', e([{ count: 1, ranking: 'A' }]))).toThrow(/ranking must be a list/);
		expect(() => count('stv-meek', e([{ count: 1, ranking: [['A']] }]), { seats: 3 })).toThrow(
			'seats: 3 seats but only 2 candidate(s)'
		);
		expect(() => count('irv', { candidates: [], ballots: [] } as never)).toThrow(/no candidates/);
		expect(() =>
			count(
				'irv',
				e([
					{ count: Number.MAX_SAFE_INTEGER, ranking: [['A']] },
					{ count: 1, ranking: [['B']] }
				])
			)
		).toThrow(/too large/);
	});
});
