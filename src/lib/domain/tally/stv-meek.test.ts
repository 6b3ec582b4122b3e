/** Meek STV: arithmetic, precision and the exactness invariant. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBlt } from './blt';
import { food } from './fixtures/shorthand';
import { count } from './index';

const projectRoot = path.resolve(fileURLToPath(import.meta.url), '../../../../..');

describe('Meek STV arithmetic', () => {
	it('rejects fewer than 6 decimals and echoes its parameters', () => {
		expect(() => count('stv-meek', food, { seats: 3, decimals: 4 })).toThrow(/decimals/);
		const r = count('stv-meek', food, { seats: 3 });
		expect([r.decimals, r.omega]).toEqual([24, '1e-10']);
	});

	it('precision: 18, 24 and 40 decimals agree on a 20,000-ballot profile', () => {
		const file = path.resolve(projectRoot, 'fixtures/tally-profiles/P3.blt');
		const e = parseBlt(readFileSync(file));
		const input = { candidates: e.candidates, ballots: e.profile };
		const [a, b, c] = [18, 24, 40].map((decimals) =>
			count('stv-meek', input, { seats: e.seats, decimals })
		);
		expect(a.winners).toEqual(b.winners);
		expect(c.winners).toEqual(b.winners);
		const va = a.rounds.at(-1)!.votes;
		const vc = c.rounds.at(-1)!.votes;
		for (const k of Object.keys(vc))
			expect(Math.abs(Number(va[k]) - Number(vc[k]))).toBeLessThan(1e-9);
	});

	it('held + exhausted + lost = total, exactly, in every round', () => {
		const r = count('stv-meek', food, { seats: 3 });
		const units = (s: string) => BigInt(s.replace('.', ''));
		for (const round of r.rounds) {
			const held = Object.values(round.votes).reduce((s, v) => s + units(v), 0n);
			expect(held + units(round.exhausted) + units(round.lostToRounding)).toBe(20n * 10n ** 24n);
		}
	});
});
