import { describe, expect, it } from 'vitest';
import { gini, projectBalance, type WorkEntry } from './balance';
import { effortUnits, unitsToNeutralMinutes, validEffort } from './effort';
import { medianTenths } from './ratings';
import { suggestForOnerousTask } from './suggest';
import { balanceLevel, canMoveStatus, coordinationOpen } from './status';

describe('medianTenths', () => {
	it.each([
		[[], null],
		[[4], 40],
		[[1, 5, 3], 30],
		[[2, 3], 25],
		[[5, 1, 1, 5], 30],
		[[1, 1, 1, 5], 10]
	])('%j → %s', (ratings, expected) => expect(medianTenths(ratings)).toBe(expected));

	it('refuses ratings outside 1–5', () => {
		expect(() => medianTenths([0])).toThrow(RangeError);
		expect(() => medianTenths([6])).toThrow(RangeError);
		expect(() => medianTenths([2.5])).toThrow(RangeError);
	});
});

describe('effort', () => {
	it('scales minutes by intensity and onerousness; a neutral hour is 60 neutral minutes', () => {
		const neutralHour = effortUnits({ minutes: 60, intensity: 3, onerousTenths: 30 });
		expect(neutralHour).toBe(5400);
		expect(unitsToNeutralMinutes(neutralHour)).toBe(60);
		// Half an hour of hard, rote work (intensity 5, onerousness 5) counts as 30·5·50 = 7500 units,
		// more than the neutral hour: onerous work is recognised.
		expect(effortUnits({ minutes: 30, intensity: 5, onerousTenths: 50 })).toBe(7500);
	});

	it.each([
		[0, 3, false],
		[-10, 3, false],
		[90.5, 3, false],
		[24 * 60, 3, false],
		[60, 0, false],
		[60, 6, false],
		[60, 3, true]
	])('%s minutes at intensity %s valid: %s', (minutes, intensity, valid) => {
		expect(validEffort(minutes, intensity)).toBe(valid);
	});
});

describe('gini', () => {
	it.each([
		[[], 0],
		[[0, 0, 0], 0],
		[[5, 5, 5, 5], 0],
		// One of four carries everything: (2·4·10)/(4·10) − 5/4 = 3/4.
		[[0, 0, 0, 10], 0.75],
		// 1, 2, 3: weighted = 1+4+9 = 14; 2·14/(3·6) − 4/3 = 28/18 − 24/18 = 2/9.
		[[3, 1, 2], 2 / 9]
	])('%j → %s', (values, expected) => expect(gini(values)).toBeCloseTo(expected, 12));
});

describe('projectBalance and the suggestion', () => {
	// Three members. Ana did all the rote work (onerousness 5, empowerment 1); Ben did the
	// empowering work (onerousness 1, empowerment 5); Chen has just joined.
	const entries: WorkEntry[] = [
		{ memberId: 1, minutes: 120, intensity: 3, onerousTenths: 50, empowerTenths: 10 },
		{ memberId: 1, minutes: 60, intensity: 4, onerousTenths: 50, empowerTenths: 10 },
		{ memberId: 2, minutes: 180, intensity: 3, onerousTenths: 10, empowerTenths: 50 }
	];
	const balance = projectBalance([1, 2, 3], entries);
	const row = (id: number) => balance.members.find((m) => m.memberId === id)!;

	it('adds up each member’s minutes, effort and weighted shares', () => {
		expect(row(1)).toMatchObject({
			minutes: 180,
			effort: 120 * 3 * 50 + 60 * 4 * 50,
			onerous: 180 * 50
		});
		expect(row(2)).toMatchObject({ minutes: 180, effort: 180 * 3 * 10, onerous: 180 * 10 });
		expect(row(3)).toMatchObject({ minutes: 0, effort: 0, onerousShare: 0 });
		// Onerous: Ana 9000, Ben 1800 → 5/6 and 1/6.
		expect(row(1).onerousShare).toBeCloseTo(5 / 6, 12);
		expect(row(2).empoweringShare).toBeCloseTo(9000 / 10800, 12);
		const shares = balance.members.reduce((s, m) => s + m.effortShare, 0);
		expect(shares).toBeCloseTo(1, 12);
	});

	it('measures how lopsided the onerous work is', () => {
		// Values 0, 1800, 9000: weighted = 2·1800 + 3·9000 = 30600; 2·30600/(3·10800) − 4/3.
		expect(balance.onerousGini).toBeCloseTo((2 * 30600) / (3 * 10800) - 4 / 3, 12);
	});

	it('suggests the willing member with the least onerous work, and changes as work is logged', () => {
		expect(suggestForOnerousTask(balance.members, new Set([1, 2, 3]))).toBe(3);
		expect(suggestForOnerousTask(balance.members, new Set([1, 2]))).toBe(2);
		expect(suggestForOnerousTask(balance.members, new Set())).toBeNull();
		const after = projectBalance(
			[1, 2, 3],
			[
				...entries,
				{ memberId: 3, minutes: 300, intensity: 2, onerousTenths: 40, empowerTenths: 20 }
			]
		);
		expect(suggestForOnerousTask(after.members, new Set([1, 2, 3]))).toBe(2);
	});

	it('breaks ties by total effort, then by member id', () => {
		const tie = projectBalance(
			[7, 4, 9],
			[{ memberId: 9, minutes: 10, intensity: 1, onerousTenths: 10, empowerTenths: 10 }]
		);
		// 7 and 4 have no work at all: the lower id wins.
		expect(suggestForOnerousTask(tie.members, new Set([7, 4, 9]))).toBe(4);
	});
});

describe('project status and rotation', () => {
	it.each([
		['proposed', 'active', true],
		['proposed', 'completed', false],
		['active', 'completed', true],
		['active', 'proposed', false],
		['completed', 'archived', true],
		['completed', 'active', true],
		['archived', 'proposed', true],
		['archived', 'active', false],
		['active', 'active', false],
		['nonsense', 'active', false]
	])('%s → %s: %s', (from, to, ok) => expect(canMoveStatus(from, to)).toBe(ok));

	it('opens coordination when nobody holds it or the term is over', () => {
		const now = new Date('2026-06-01T00:00:00Z');
		expect(coordinationOpen(null, now)).toBe(true);
		expect(coordinationOpen(new Date('2026-05-01T00:00:00Z'), now)).toBe(false);
		// 90 days before 1 June is 3 March.
		expect(coordinationOpen(new Date('2026-03-03T00:00:00Z'), now)).toBe(true);
		expect(coordinationOpen(new Date('2026-03-04T00:00:00Z'), now)).toBe(false);
	});

	it.each([
		[0, 'balanced'],
		[0.24, 'balanced'],
		[0.25, 'uneven'],
		[0.49, 'uneven'],
		[0.75, 'lopsided']
	])('a Gini of %s reads as %s', (g, level) => expect(balanceLevel(g)).toBe(level));
});
