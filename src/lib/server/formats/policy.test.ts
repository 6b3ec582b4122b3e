import { describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/members/actor';
import { can, type FormatAction } from './policy';

const member = (id: number, more: Partial<Actor> = {}) => ({ id, lapsed: false, ...more }) as Actor;

const cases: [string, Actor | null, FormatAction, number, boolean][] = [
	['a member makes their own calendar address', member(1), 'make-calendar-address', 1, true],
	['a member stops their own calendar address', member(1), 'stop-calendar-address', 1, true],
	[
		'a lapsed member still keeps their own',
		member(1, { lapsed: true }),
		'make-calendar-address',
		1,
		true
	],
	["nobody makes another member's address", member(2), 'make-calendar-address', 1, false],
	["nobody stops another member's address", member(2), 'stop-calendar-address', 1, false],
	['a visitor makes none', null, 'make-calendar-address', 1, false],
	['a visitor stops none', null, 'stop-calendar-address', 1, false]
];

describe('who may keep a private calendar address', () => {
	it.each(cases)('%s', (_sentence, actor, action, owner, expected) =>
		expect(can(actor, action, { memberId: owner })).toBe(expected)
	);
});
