import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_RIGHTS, normaliseTierRights, tierMay, type Right } from './tiers';

const friend = { tier: 'friend' };
const interim = { tier: 'interim' };
const member = { tier: 'member' };
const lapsed = { tier: 'member', lapsed: true };
const unknown = { tier: 'emperor' };

describe('rights per tier (default settings)', () => {
	it.each<[string, { tier: string; lapsed?: boolean } | null, Right, boolean]>([
		['a friend posts', friend, 'post', true],
		['a friend comments', friend, 'comment', true],
		['a friend does not vote', friend, 'vote', false],
		['a friend does not propose', friend, 'propose', false],
		['a friend does not stand for a mandate', friend, 'stand', false],
		['a friend joins a chapter', friend, 'join-chapter', true],
		['an interim member votes', interim, 'vote', true],
		['an interim member proposes', interim, 'propose', true],
		['an interim member starts a project', interim, 'start-project', true],
		['a member votes', member, 'vote', true],
		['a member stands for a mandate', member, 'stand', true],
		['a lapsed member does not vote', lapsed, 'vote', false],
		['a lapsed member does not post until back', lapsed, 'post', false],
		['a lapsed member does not join chapters', lapsed, 'join-chapter', false],
		['a visitor does nothing', null, 'comment', false],
		['an unknown tier does nothing', unknown, 'post', false]
	])('%s', (_name, actor, right, expected) => {
		expect(tierMay(actor, right, DEFAULT_TIER_RIGHTS)).toBe(expected);
	});

	it('follows the instance setting when friends are allowed to vote', () => {
		const rights = normaliseTierRights({ friend: ['post', 'comment', 'vote'] });
		expect(tierMay(friend, 'vote', rights)).toBe(true);
		expect(tierMay(interim, 'vote', rights)).toBe(true);
	});

	it('drops unknown rights and keeps defaults for missing tiers', () => {
		const rights = normaliseTierRights({ friend: ['post', 'rule-the-world'], member: 'no' });
		expect(rights.friend).toEqual(['post']);
		expect(rights.member).toEqual(DEFAULT_TIER_RIGHTS.member);
		expect(normaliseTierRights(null)).toEqual(DEFAULT_TIER_RIGHTS);
	});
});
