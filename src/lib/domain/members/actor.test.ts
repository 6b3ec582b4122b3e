import { describe, expect, it } from 'vitest';
import { may, type Actor, type Mandate, type ScopeRef } from './actor';
import { DEFAULT_ROLES } from './roles';
import type { Right } from './tiers';

// Pure rules of `may`: the loader that builds real actors is tested in server/members/actor.test.ts.
const day = 24 * 3600 * 1000;
const now = new Date('2026-06-01T12:00:00Z');

function mandate(scope: ScopeRef, from = -10, to: number | null = 10): Mandate {
	return {
		id: 1,
		role: 'facilitator',
		scope,
		rights: DEFAULT_ROLES[0].rights,
		startsAt: new Date(now.getTime() + from * day),
		endsAt: to === null ? null : new Date(now.getTime() + to * day)
	};
}

function actor(rights: Right[], mandates: Mandate[] = [], lapsed = false): Actor {
	return {
		id: 7,
		tier: 'member',
		lapsed,
		confirmed: true,
		chapters: [],
		chapterIds: [],
		mandates,
		tierRights: new Set(rights)
	};
}

const lyon: ScopeRef = { kind: 'chapter', id: 3 };
const porto: ScopeRef = { kind: 'chapter', id: 4 };
const org: ScopeRef = { kind: 'organisation' };

describe('may', () => {
	it.each<[string, Actor | null, Right, ScopeRef, boolean]>([
		['a visitor may nothing', null, 'comment', org, false],
		['a tier right applies everywhere', actor(['vote']), 'vote', lyon, true],
		['a right the tier lacks is refused', actor(['comment']), 'vote', org, false],
		['a lapsed member keeps no tier right', actor(['vote'], [], true), 'vote', org, false],
		[
			'a chapter mandate gives its rights in that chapter',
			actor([], [mandate(lyon)]),
			'pin-thread',
			lyon,
			true
		],
		[
			'a chapter mandate gives nothing in another chapter',
			actor([], [mandate(lyon)]),
			'pin-thread',
			porto,
			false
		],
		[
			'a chapter mandate gives nothing organisation-wide',
			actor([], [mandate(lyon)]),
			'write-organisation-news',
			org,
			false
		],
		[
			'an organisation mandate covers every chapter',
			actor([], [mandate(org)]),
			'pin-thread',
			porto,
			true
		],
		['a mandate gives only its role’s rights', actor([], [mandate(org)]), 'vote', org, false],
		[
			'a mandate that has ended gives nothing',
			actor([], [mandate(org, -20, -1)]),
			'pin-thread',
			org,
			false
		],
		[
			'a mandate that has not started gives nothing',
			actor([], [mandate(org, 1, 20)]),
			'pin-thread',
			org,
			false
		],
		[
			'an open-ended mandate goes on',
			actor([], [mandate(org, -400, null)]),
			'manage-forums',
			org,
			true
		],
		[
			'a lapsed facilitator has no mandate rights',
			actor([], [mandate(org)], true),
			'pin-thread',
			org,
			false
		]
	])('%s', (_sentence, who, right, where, expected) => {
		expect(may(who, right, where, now)).toBe(expected);
	});
});
