import { describe, expect, it } from 'vitest';
import type { Actor, Mandate } from '$lib/domain/members/actor';
import { DEFAULT_TIER_RIGHTS, type Tier } from '$lib/domain/members/tiers';
import { can, type ElectionAction, type ElectionSubject } from './policy';

// Pure policy: actors as the loader shapes them (the loader itself is tested with the database).
const actor = (tier: Tier, extra: Partial<Actor> = {}): Actor => ({
	id: 1,
	tier,
	lapsed: false,
	confirmed: true,
	chapters: [],
	chapterIds: [],
	mandates: [] as Mandate[],
	tierRights: new Set(DEFAULT_TIER_RIGHTS[tier]),
	...extra
});
const member = actor('member');
const friend = actor('friend');
const lapsed = actor('member', { lapsed: true, tierRights: new Set() });

const subject = (s: Partial<ElectionSubject> = {}): ElectionSubject => ({
	phase: 'nominations',
	scope: { kind: 'chapter', id: 3 },
	inScope: true,
	isElector: false,
	...s
});
const mine = { memberId: 1, consented: false, withdrawn: false };
const theirs = { memberId: 2, consented: false, withdrawn: false };

const cases: [string, Actor | null, ElectionAction, ElectionSubject, boolean][] = [
	['a member of the scope may call an election', member, 'call', subject(), true],
	['a member from elsewhere may not call one', member, 'call', subject({ inScope: false }), false],
	['a friend may not call one', friend, 'call', subject(), false],
	['a visitor may not call one', null, 'call', subject(), false],
	['a member of the scope may stand during nominations', member, 'stand', subject(), true],
	['nobody stands once voting has opened', member, 'stand', subject({ phase: 'voting' }), false],
	['a friend may not stand (no right to stand)', friend, 'stand', subject(), false],
	['a lapsed member may not stand', lapsed, 'stand', subject(), false],
	['a member from elsewhere may not stand', member, 'stand', subject({ inScope: false }), false],
	['a member of the scope may nominate', member, 'nominate', subject(), true],
	['a friend may not nominate (does not vote)', friend, 'nominate', subject(), false],
	['the nominee may consent', member, 'consent', subject({ candidacy: mine }), true],
	['nobody consents for someone else', member, 'consent', subject({ candidacy: theirs }), false],
	[
		'consent is given once',
		member,
		'consent',
		subject({ candidacy: { ...mine, consented: true } }),
		false
	],
	['the candidate may withdraw', member, 'withdraw', subject({ candidacy: mine }), true],
	['nobody withdraws someone else', member, 'withdraw', subject({ candidacy: theirs }), false],
	[
		'nobody withdraws once voting has opened',
		member,
		'withdraw',
		subject({ phase: 'voting', candidacy: mine }),
		false
	],
	[
		'an elector votes while voting is open',
		member,
		'vote',
		subject({ phase: 'voting', isElector: true }),
		true
	],
	['someone outside the electorate does not', member, 'vote', subject({ phase: 'voting' }), false],
	['nobody votes during nominations', member, 'vote', subject({ isElector: true }), false],
	[
		'a lapsed elector waits until they are back',
		lapsed,
		'vote',
		subject({ phase: 'voting', isElector: true }),
		false
	],
	[
		'anyone sees the ballots after the count',
		null,
		'see-ballots',
		subject({ phase: 'closed' }),
		true
	],
	['nobody sees them before', member, 'see-ballots', subject({ phase: 'voting' }), false]
];

describe('election policy', () => {
	it.each(cases)('%s', (_sentence, who, action, s, expected) => {
		expect(can(who, action, s)).toBe(expected);
	});
});
