import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/members/actor';
import type { StoredChoice } from '$lib/domain/decisions/ballot-choice';
import type { Phase } from '$lib/domain/decisions/types';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import { can, type DecisionAction, type DecisionSubject } from './policy';

/**
 * Who may do what with a decision, phase by phase. The actors are real members loaded by the
 * app's own loader (a lapsed one has `lapsed_at` set); the subject says what the loader found out
 * about them and the decision.
 */
type Who = 'visitor' | 'member' | 'friend' | 'lapsed';
type Facts = {
	author?: boolean;
	eligible?: boolean;
	/** The amendment window has been closed by the authors. */
	windowClosed?: boolean;
	/** The amendment acted on is the actor's own. */
	ownAmendment?: boolean;
	/** The actor's counted ballot after the close. */
	voted?: 'against' | 'with' | 'not';
	/** The minority report window has passed. */
	late?: boolean;
};
type Row = [string, Who, DecisionAction, Phase, Facts, boolean];

const TABLE: Row[] = [
	['a visitor sees a submitted decision', 'visitor', 'view', 'discussion', {}, true],
	['a visitor does not see a draft', 'visitor', 'view', 'draft', {}, false],
	['an author sees the draft', 'member', 'view', 'draft', { author: true }, true],
	['another member does not see a draft', 'member', 'view', 'draft', { eligible: true }, false],

	['a member may propose', 'member', 'propose', 'draft', {}, true],
	['a friend may not propose', 'friend', 'propose', 'draft', {}, false],
	['a lapsed member may not propose', 'lapsed', 'propose', 'draft', {}, false],
	['a visitor may not propose', 'visitor', 'propose', 'draft', {}, false],

	['an author edits a draft', 'member', 'edit', 'draft', { author: true }, true],
	['an author revises during discussion', 'member', 'edit', 'discussion', { author: true }, true],
	['nobody edits while voting', 'member', 'edit', 'voting', { author: true }, false],
	['a non-author cannot edit', 'member', 'edit', 'discussion', { eligible: true }, false],
	['a lapsed author cannot edit', 'lapsed', 'edit', 'discussion', { author: true }, false],

	['an author submits a draft', 'member', 'submit', 'draft', { author: true }, true],
	[
		'a submitted decision is not submitted again',
		'member',
		'submit',
		'discussion',
		{ author: true },
		false
	],
	['a non-author cannot submit', 'member', 'submit', 'draft', { eligible: true }, false],

	[
		'an author adds a co-author to the draft',
		'member',
		'add-coauthor',
		'draft',
		{ author: true },
		true
	],
	['no co-authors once submitted', 'member', 'add-coauthor', 'discussion', { author: true }, false],
	['a non-author adds no co-author', 'member', 'add-coauthor', 'draft', { eligible: true }, false],

	[
		'an eligible member amends in discussion',
		'member',
		'amend',
		'discussion',
		{ eligible: true },
		true
	],
	[
		'an eligible member amends in the amendments phase',
		'member',
		'amend',
		'amendments',
		{ eligible: true },
		true
	],
	[
		'no amendments once the window is closed',
		'member',
		'amend',
		'amendments',
		{ eligible: true, windowClosed: true },
		false
	],
	['no amendments while voting', 'member', 'amend', 'voting', { eligible: true }, false],
	['a member outside the scope cannot amend', 'member', 'amend', 'discussion', {}, false],
	['a lapsed member cannot amend', 'lapsed', 'amend', 'discussion', { eligible: true }, false],

	[
		'its author withdraws an amendment',
		'member',
		'withdraw-amendment',
		'discussion',
		{ ownAmendment: true },
		true
	],
	[
		'nobody else withdraws it, not even an author of the decision',
		'member',
		'withdraw-amendment',
		'discussion',
		{ author: true, eligible: true },
		false
	],
	[
		'no withdrawing once voting has begun',
		'member',
		'withdraw-amendment',
		'voting',
		{ ownAmendment: true },
		false
	],
	[
		'a lapsed member withdraws nothing until back',
		'lapsed',
		'withdraw-amendment',
		'discussion',
		{ ownAmendment: true },
		false
	],

	[
		'authors resolve amendments',
		'member',
		'resolve-amendment',
		'amendments',
		{ author: true },
		true
	],
	[
		'only authors resolve amendments',
		'member',
		'resolve-amendment',
		'discussion',
		{ eligible: true },
		false
	],
	[
		'no resolving once voting has begun',
		'member',
		'resolve-amendment',
		'voting',
		{ author: true },
		false
	],

	[
		'an eligible member votes on an amendment',
		'member',
		'vote-amendment',
		'amendments',
		{ eligible: true },
		true
	],
	[
		'a member outside the scope does not vote on amendments',
		'member',
		'vote-amendment',
		'amendments',
		{},
		false
	],
	[
		'a lapsed member does not vote on amendments',
		'lapsed',
		'vote-amendment',
		'amendments',
		{ eligible: true },
		false
	],

	[
		'authors close the amendment window',
		'member',
		'close-amendments',
		'discussion',
		{ author: true },
		true
	],
	['others do not close it', 'member', 'close-amendments', 'discussion', { eligible: true }, false],

	[
		'an eligible member declares a stake while voting',
		'member',
		'declare-stake',
		'voting',
		{ eligible: true },
		true
	],
	['and during discussion', 'member', 'declare-stake', 'discussion', { eligible: true }, true],
	['no stake after the close', 'member', 'declare-stake', 'closed', { eligible: true }, false],
	['no stake from outside the scope', 'member', 'declare-stake', 'voting', {}, false],
	[
		'a lapsed member declares no stake',
		'lapsed',
		'declare-stake',
		'voting',
		{ eligible: true },
		false
	],

	['an eligible member votes', 'member', 'vote', 'voting', { eligible: true }, true],
	['no vote before voting opens', 'member', 'vote', 'amendments', { eligible: true }, false],
	['no vote after the close', 'member', 'vote', 'closed', { eligible: true }, false],
	['a member outside the scope cannot vote', 'member', 'vote', 'voting', {}, false],
	['a friend cannot vote even if listed', 'friend', 'vote', 'voting', { eligible: true }, false],
	['a lapsed member cannot vote', 'lapsed', 'vote', 'voting', { eligible: true }, false],
	['a visitor cannot vote', 'visitor', 'vote', 'voting', { eligible: true }, false],

	[
		'the reminder list is for eligible members',
		'member',
		'see-turnout-list',
		'voting',
		{ eligible: true },
		true
	],
	['and for authors', 'member', 'see-turnout-list', 'voting', { author: true }, true],
	['not for others', 'member', 'see-turnout-list', 'voting', {}, false],

	[
		'authors record the outcome after the close',
		'member',
		'record-outcome',
		'closed',
		{ author: true },
		true
	],
	['not before', 'member', 'record-outcome', 'voting', { author: true }, false],
	['not others', 'member', 'record-outcome', 'closed', { eligible: true }, false],

	[
		'the losing side files a minority report',
		'member',
		'file-minority-report',
		'closed',
		{ voted: 'against' },
		true
	],
	[
		'the winning side does not',
		'member',
		'file-minority-report',
		'closed',
		{ voted: 'with' },
		false
	],
	[
		'nor a member who did not vote',
		'member',
		'file-minority-report',
		'closed',
		{ eligible: true, voted: 'not' },
		false
	],
	[
		'nor the losing side once the window has passed',
		'member',
		'file-minority-report',
		'closed',
		{ voted: 'against', late: true },
		false
	],
	[
		'nor a lapsed member of the losing side',
		'lapsed',
		'file-minority-report',
		'closed',
		{ voted: 'against' },
		false
	],
	[
		'nor anyone before the close',
		'member',
		'file-minority-report',
		'voting',
		{ voted: 'against' },
		false
	],

	[
		'the losing side signs a minority report',
		'member',
		'sign-minority-report',
		'closed',
		{ voted: 'against' },
		true
	],
	[
		'the winning side does not sign',
		'member',
		'sign-minority-report',
		'closed',
		{ voted: 'with' },
		false
	],
	[
		'nor a member who did not vote',
		'member',
		'sign-minority-report',
		'closed',
		{ eligible: true, voted: 'not' },
		false
	],
	[
		'no signing once the window has passed',
		'member',
		'sign-minority-report',
		'closed',
		{ voted: 'against', late: true },
		false
	],
	[
		'a lapsed member does not sign',
		'lapsed',
		'sign-minority-report',
		'closed',
		{ voted: 'against' },
		false
	],
	[
		'a visitor does not sign',
		'visitor',
		'sign-minority-report',
		'closed',
		{ voted: 'against' },
		false
	],

	[
		'an eligible member petitions a closed decision',
		'member',
		'petition',
		'closed',
		{ eligible: true },
		true
	],
	['not an open one', 'member', 'petition', 'voting', { eligible: true }, false],
	['not from outside the scope', 'member', 'petition', 'closed', {}, false],
	['a friend does not petition', 'friend', 'petition', 'closed', { eligible: true }, false],
	['a lapsed member does not petition', 'lapsed', 'petition', 'closed', { eligible: true }, false]
];

let conn: Connection;
const actors = {} as Record<Who, Actor | null>;

async function member(handle: string, tier: string, lapsedAt: Date | null = null) {
	const [row] = await conn.db
		.insert(members)
		.values({
			email: `${handle}@example.net`,
			passwordHash: '!',
			handle,
			displayName: handle,
			country: 'FR',
			tier,
			lapsedAt,
			emailVerifiedAt: new Date()
		})
		.returning({ id: members.id });
	return actorFor(conn.db, row.id);
}

beforeAll(async () => {
	conn = await createTestDatabase();
	actors.visitor = null;
	actors.member = await member('ana', 'member');
	actors.friend = await member('fred', 'friend');
	actors.lapsed = await member('lee', 'member', new Date());
});
afterAll(() => conn?.close());

const NOW = new Date('2026-06-01T12:00:00Z');

function subject(actor: Actor | null, phase: Phase, f: Facts): DecisionSubject {
	const ballots: Record<NonNullable<Facts['voted']>, StoredChoice | null> = {
		against: { vote: 'no' },
		with: { vote: 'yes' },
		not: null
	};
	return {
		phase,
		scope: { kind: 'organisation' },
		isAuthor: f.author ?? false,
		isEligible: f.eligible ?? false,
		amendmentsOpen: !f.windowClosed,
		dissent: f.voted
			? {
					choice: ballots[f.voted],
					outcome: 'passes',
					winner: null,
					until: new Date(NOW.getTime() + (f.late ? -1 : 1) * 86_400_000)
				}
			: null,
		amendment: { authorId: f.ownAmendment && actor ? actor.id : -1 },
		now: NOW
	};
}

describe('decision policy', () => {
	it.each(TABLE)('%s', (_name, who, action, phase, facts, expected) => {
		const actor = actors[who];
		expect(can(actor, action, subject(actor, phase, facts))).toBe(expected);
	});

	it('has a row for every action', () => {
		// A record over the action type: the compiler refuses a new action left out here.
		const every: Record<DecisionAction, true> = {
			propose: true,
			view: true,
			edit: true,
			submit: true,
			'add-coauthor': true,
			amend: true,
			'withdraw-amendment': true,
			'resolve-amendment': true,
			'vote-amendment': true,
			'close-amendments': true,
			'declare-stake': true,
			vote: true,
			'see-turnout-list': true,
			'record-outcome': true,
			'file-minority-report': true,
			'sign-minority-report': true,
			petition: true
		};
		expect(new Set(TABLE.map((r) => r[2]))).toEqual(new Set(Object.keys(every)));
	});

	it('reads a lapse from the loaded member, not from anything the caller says', () => {
		expect(actors.lapsed?.lapsed).toBe(true);
		expect(actors.member?.lapsed).toBe(false);
	});
});
