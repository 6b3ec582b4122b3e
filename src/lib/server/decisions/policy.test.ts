import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_RIGHTS } from '$lib/domain/members/tiers';
import type { Phase } from '$lib/domain/decisions/types';
import { can, type DecisionAction, type DecisionActor } from './policy';

const member: DecisionActor = { id: 1, tier: 'member' };
const friend: DecisionActor = { id: 2, tier: 'friend' };
const lapsed: DecisionActor = { id: 3, tier: 'member', lapsed: true };

type Row = [
	string,
	DecisionActor,
	DecisionAction,
	Phase,
	{ author?: boolean; eligible?: boolean; open?: boolean },
	boolean
];

/** Who may do what, phase by phase. */
const TABLE: Row[] = [
	['a visitor sees a submitted decision', null, 'view', 'discussion', {}, true],
	['a visitor does not see a draft', null, 'view', 'draft', {}, false],
	['an author sees the draft', member, 'view', 'draft', { author: true }, true],
	['another member does not see a draft', member, 'view', 'draft', { eligible: true }, false],
	['a member may propose', member, 'propose', 'draft', {}, true],
	['a friend may not propose', friend, 'propose', 'draft', {}, false],
	['a lapsed member may not propose', lapsed, 'propose', 'draft', {}, false],
	['an author edits a draft', member, 'edit', 'draft', { author: true }, true],
	['an author revises during discussion', member, 'edit', 'discussion', { author: true }, true],
	['nobody edits while voting', member, 'edit', 'voting', { author: true }, false],
	['a non-author cannot edit', member, 'edit', 'discussion', { eligible: true }, false],
	['an author submits a draft', member, 'submit', 'draft', { author: true }, true],
	[
		'a submitted decision is not submitted again',
		member,
		'submit',
		'discussion',
		{ author: true },
		false
	],
	[
		'an eligible member amends in discussion',
		member,
		'amend',
		'discussion',
		{ eligible: true },
		true
	],
	[
		'an eligible member amends in the amendments phase',
		member,
		'amend',
		'amendments',
		{ eligible: true },
		true
	],
	[
		'no amendments once the window is closed',
		member,
		'amend',
		'amendments',
		{ eligible: true, open: false },
		false
	],
	['no amendments while voting', member, 'amend', 'voting', { eligible: true }, false],
	['a member outside the scope cannot amend', member, 'amend', 'discussion', {}, false],
	[
		'only authors resolve amendments',
		member,
		'resolve-amendment',
		'discussion',
		{ eligible: true },
		false
	],
	['authors resolve amendments', member, 'resolve-amendment', 'amendments', { author: true }, true],
	['an eligible member votes', member, 'vote', 'voting', { eligible: true }, true],
	['no vote before voting opens', member, 'vote', 'amendments', { eligible: true }, false],
	['no vote after the close', member, 'vote', 'closed', { eligible: true }, false],
	['a member outside the scope cannot vote', member, 'vote', 'voting', {}, false],
	['a friend cannot vote even if listed', friend, 'vote', 'voting', { eligible: true }, false],
	['a lapsed member cannot vote', lapsed, 'vote', 'voting', { eligible: true }, false],
	['a visitor cannot vote', null, 'vote', 'voting', { eligible: true }, false],
	[
		'an eligible member declares a stake while voting',
		member,
		'declare-stake',
		'voting',
		{ eligible: true },
		true
	],
	['no stake after the close', member, 'declare-stake', 'closed', { eligible: true }, false],
	[
		'the reminder list is for eligible members',
		member,
		'see-turnout-list',
		'voting',
		{ eligible: true },
		true
	],
	['and for authors', member, 'see-turnout-list', 'voting', { author: true }, true],
	['not for others', member, 'see-turnout-list', 'voting', {}, false],
	[
		'authors record the outcome after the close',
		member,
		'record-outcome',
		'closed',
		{ author: true },
		true
	],
	['not before', member, 'record-outcome', 'voting', { author: true }, false],
	[
		'an eligible member petitions a closed decision',
		member,
		'petition',
		'closed',
		{ eligible: true },
		true
	],
	['not an open one', member, 'petition', 'voting', { eligible: true }, false]
];

describe('decision policy', () => {
	it.each(TABLE)('%s', (_name, actor, action, phase, s, expected) => {
		const subject = {
			phase,
			isAuthor: s.author ?? false,
			isEligible: s.eligible ?? false,
			amendmentsOpen: s.open ?? true
		};
		expect(can(actor, action, subject, DEFAULT_TIER_RIGHTS)).toBe(expected);
	});
});
