import { describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/members/actor';
import { DEFAULT_TIER_RIGHTS } from '$lib/domain/members/tiers';
import { can, type ConventionAction, type ConventionSubject } from './policy';

const actor = (tier: 'friend' | 'interim' | 'member', lapsed = false): Actor => ({
	id: 1,
	tier,
	lapsed,
	confirmed: true,
	chapters: [],
	chapterIds: [],
	mandates: [],
	tierRights: new Set(lapsed ? [] : DEFAULT_TIER_RIGHTS[tier])
});

const subject = (over: Partial<ConventionSubject> = {}): ConventionSubject => ({
	phase: 'in-session',
	scope: { kind: 'chapter', id: 3 },
	inScope: true,
	isDelegate: false,
	isChair: false,
	isCaller: false,
	...over
});

describe('who may do what at a convention', () => {
	const cases: [string, Actor | null, ConventionAction, ConventionSubject, boolean][] = [
		['a member of the scope calls a convention', actor('member'), 'call', subject(), true],
		['an interim member too', actor('interim'), 'call', subject(), true],
		['a friend does not', actor('friend'), 'call', subject(), false],
		['nor someone outside the scope', actor('member'), 'call', subject({ inScope: false }), false],
		['nor a visitor', null, 'call', subject(), false],
		[
			'the caller prepares the agenda',
			actor('member'),
			'prepare',
			subject({ isCaller: true }),
			true
		],
		['a chair too', actor('member'), 'prepare', subject({ isChair: true }), true],
		['a delegate does not', actor('member'), 'prepare', subject({ isDelegate: true }), false],
		['the chair moves the agenda', actor('member'), 'chair', subject({ isChair: true }), true],
		['a delegate does not', actor('member'), 'chair', subject({ isDelegate: true }), false],
		['a lapsed chair does not', actor('member', true), 'chair', subject({ isChair: true }), false],
		['a delegate speaks', actor('member'), 'speak', subject({ isDelegate: true }), true],
		['a delegate votes', actor('interim'), 'vote', subject({ isDelegate: true }), true],
		['a non-delegate does not vote', actor('member'), 'vote', subject(), false],
		[
			'a lapsed delegate does not vote',
			actor('member', true),
			'vote',
			subject({ isDelegate: true }),
			false
		],
		['a delegate moves a motion', actor('member'), 'move', subject({ isDelegate: true }), true],
		['a friend adds no founding document', actor('friend'), 'add-document', subject(), false]
	];
	it.each(cases)('%s', (_name, who, action, s, expected) => {
		expect(can(who, action, s)).toBe(expected);
	});
});
