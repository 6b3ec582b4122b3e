/**
 * Property tests (fast-check): invariances every count must have, and the
 * classic guarantees of the methods.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count, type MethodId } from './index';
import type { RankedBallot } from './types';

const RANKED: MethodId[] = [
	'irv',
	'schulze',
	'ranked-pairs',
	'borda',
	'stv-meek',
	'stv-scottish',
	'stv-gregory'
];
const names = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);

/** Small ranked elections; `ties` allows tied ranks (groups). */
const election = (ties: boolean) =>
	fc.integer({ min: 2, max: 6 }).chain((n) =>
		fc.record({
			candidates: fc.constant(names(n)),
			seats: fc.integer({ min: 1, max: n - 1 }),
			ballots: fc.array(
				fc.record({
					count: fc.integer({ min: 1, max: 5 }),
					ranking: fc
						.shuffledSubarray(names(n), { minLength: 1 })
						.chain((order) =>
							ties
								? fc
										.array(fc.boolean(), { minLength: order.length, maxLength: order.length })
										.map((joins) =>
											order.reduce<string[][]>(
												(groups, c, i) => (
													i > 0 && joins[i] ? groups[groups.length - 1].push(c) : groups.push([c]),
													groups
												),
												[]
											)
										)
								: fc.constant(order.map((c) => [c]))
						)
				}),
				{ minLength: 1, maxLength: 20 }
			)
		})
	);

const options = (m: MethodId, seats: number) =>
	m.startsWith('stv') ? { seats, seed: 'p' } : { seed: 'p' };

/** Replaces every candidate name, in keys and values, through `map`. */
function rename(x: unknown, map: Map<string, string>): unknown {
	if (typeof x === 'string') return map.get(x) ?? x;
	if (Array.isArray(x)) return x.map((v) => rename(v, map));
	if (x && typeof x === 'object')
		return Object.fromEntries(Object.entries(x).map(([k, v]) => [map.get(k) ?? k, rename(v, map)]));
	return x;
}

const RUNS = { numRuns: 60 };

describe('properties of every ranked method', () => {
	for (const m of RANKED) {
		it(`${m}: ballot order does not matter`, () => {
			fc.assert(
				fc.property(
					election(m === 'schulze' || m === 'ranked-pairs' || m === 'borda').chain((e) =>
						fc
							.shuffledSubarray(e.ballots, { minLength: e.ballots.length })
							.map((shuffled) => ({ e, shuffled }))
					),
					({ e, shuffled }) => {
						expect(count(m, { ...e, ballots: shuffled }, options(m, e.seats))).toEqual(
							count(m, e, options(m, e.seats))
						);
					}
				),
				RUNS
			);
		});
		it(`${m}: renaming candidates renames the result`, () => {
			fc.assert(
				fc.property(election(false), (e) => {
					const map = new Map(
						e.candidates.map((c, i) => [c, `Ms ${String.fromCharCode(0x41 + i)} ${c}é`])
					);
					const renamed = {
						candidates: e.candidates.map((c) => map.get(c)!),
						ballots: e.ballots.map((b) => ({
							count: b.count,
							ranking: b.ranking.map((g) => g.map((c) => map.get(c)!))
						}))
					};
					expect(count(m, renamed, options(m, e.seats))).toEqual(
						rename(count(m, e, options(m, e.seats)), map)
					);
				}),
				RUNS
			);
		});
		it(`${m}: a ballot of weight k counts as k copies`, () => {
			fc.assert(
				fc.property(election(false), (e) => {
					const copies: RankedBallot[] = e.ballots.flatMap((b) =>
						Array.from({ length: b.count }, () => ({ count: 1, ranking: b.ranking }))
					);
					expect(count(m, { ...e, ballots: copies }, options(m, e.seats))).toEqual(
						count(m, e, options(m, e.seats))
					);
				}),
				RUNS
			);
		});
	}
});

/** d[a][b] computed directly, Debian semantics (unranked below ranked). */
function beats(e: { candidates: string[]; ballots: RankedBallot[] }, a: string, b: string): number {
	let n = 0;
	for (const ballot of e.ballots) {
		const rank = (c: string) => {
			const i = ballot.ranking.findIndex((g) => g.includes(c));
			return i < 0 ? Infinity : i;
		};
		if (rank(a) < rank(b)) n += ballot.count;
	}
	return n;
}

describe('method guarantees', () => {
	it('Schulze and ranked pairs elect the Condorcet winner when there is one', () => {
		fc.assert(
			fc.property(election(true), (e) => {
				const cw = e.candidates.find((a) =>
					e.candidates.every((b) => a === b || beats(e, a, b) > beats(e, b, a))
				);
				fc.pre(cw !== undefined);
				expect(count('schulze', e).winners).toEqual([cw]);
				expect(count('ranked-pairs', e).winners).toEqual([cw]);
				expect(count('schulze', e, { strength: 'margin' }).winners).toEqual([cw]);
			}),
			{ numRuns: 150 }
		);
	});

	it('instant-runoff elects a majority first choice; every round adds up', () => {
		fc.assert(
			fc.property(election(false), (e) => {
				const total = e.ballots.reduce((s, b) => s + b.count, 0);
				const r = count('irv', e);
				for (const round of r.rounds)
					expect(Object.values(round.tallies).reduce((s, v) => s + v, 0) + round.exhausted).toBe(
						total
					);
				const first = new Map<string, number>();
				for (const b of e.ballots)
					first.set(b.ranking[0][0], (first.get(b.ranking[0][0]) ?? 0) + b.count);
				const majority = [...first].find(([, v]) => v * 2 > total);
				if (majority) expect(r.winners).toEqual([majority[0]]);
			}),
			{ numRuns: 150 }
		);
	});

	const units = (s: string) => BigInt(s.replace('.', ''));
	it('STV never elects more than the seats; held + exhausted + lost = total at every stage', () => {
		fc.assert(
			fc.property(election(false), (e) => {
				const total = BigInt(e.ballots.reduce((s, b) => s + b.count, 0));
				for (const [m, opts, scale] of [
					['stv-scottish', {}, 10n ** 5n],
					['stv-gregory', { decimals: 9 }, 10n ** 9n]
				] as const) {
					const r = count(m, e, { seats: e.seats, ...opts });
					expect(r.winners.length).toBe(e.seats);
					expect(new Set(r.winners).size).toBe(r.winners.length);
					for (const st of r.rounds) {
						const held = Object.values(st.votes).reduce((s, v) => s + units(v), 0n);
						expect(held + units(st.nonTransferable) + units(st.lostToRounding)).toBe(total * scale);
					}
				}
				const meek = count('stv-meek', e, { seats: e.seats });
				expect(meek.winners.length).toBeLessThanOrEqual(e.seats);
				expect(new Set(meek.winners).size).toBe(meek.winners.length);
				for (const round of meek.rounds) {
					const held = Object.values(round.votes).reduce((s, v) => s + units(v), 0n);
					expect(held + units(round.exhausted) + units(round.lostToRounding)).toBe(
						total * 10n ** 24n
					);
				}
				const exact = count('stv-gregory', e, { seats: e.seats });
				expect(exact.winners.length).toBe(e.seats);
			}),
			{ numRuns: 150 }
		);
	});
});
