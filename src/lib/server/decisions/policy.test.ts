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
/**
 * What the loader found, as words: `author`, `invited` (to co-author, not answered yet),
 * `eligible`, `chapter` (the decision is a chapter's, not the organisation's: belonging to it
 * means being eligible there), `closed-window` (the authors closed the
 * amendment window), `own` (the amendment is the actor's), `against` / `with` (the actor's counted
 * ballot, after the close), `late` (the minority report window has passed).
 */
type Fact =
	| 'author'
	| 'invited'
	| 'eligible'
	| 'chapter'
	| 'closed-window'
	| 'own'
	| 'against'
	| 'with'
	| 'late';
type Case = [sentence: string, who: Who, phase: Phase, facts: Fact[], allowed: boolean];

/** Who may do what, phase by phase; a record over the actions, so none is left without cases. */
const TABLE: Record<DecisionAction, Case[]> = {
	view: [
		['a visitor sees a submitted decision', 'visitor', 'discussion', [], true],
		['a visitor does not see a draft', 'visitor', 'draft', [], false],
		['an author sees the draft', 'member', 'draft', ['author'], true],
		['another member does not see a draft', 'member', 'draft', ['eligible'], false],
		['an invitee sees the draft, to decide', 'member', 'draft', ['invited'], true]
	],
	propose: [
		['a member may propose', 'member', 'draft', [], true],
		['a friend may not propose', 'friend', 'draft', [], false],
		['a lapsed member may not propose', 'lapsed', 'draft', [], false],
		['a visitor may not propose', 'visitor', 'draft', [], false]
	],
	edit: [
		['an author edits a draft', 'member', 'draft', ['author'], true],
		['an author revises during discussion', 'member', 'discussion', ['author'], true],
		['nobody edits while voting', 'member', 'voting', ['author'], false],
		['a non-author cannot edit', 'member', 'discussion', ['eligible'], false],
		['a lapsed author cannot edit', 'lapsed', 'discussion', ['author'], false],
		['an invitee cannot edit', 'member', 'draft', ['invited', 'eligible'], false],
		[
			'an author outside the chapter does not revise',
			'member',
			'discussion',
			['author', 'chapter'],
			false
		],
		[
			'an author of the chapter revises',
			'member',
			'discussion',
			['author', 'chapter', 'eligible'],
			true
		],
		// The command checks the scope the draft is given.
		[
			'an author moves a draft out of a scope they left',
			'member',
			'draft',
			['author', 'chapter'],
			true
		]
	],
	submit: [
		['an author submits a draft', 'member', 'draft', ['author'], true],
		['a submitted decision is not submitted again', 'member', 'discussion', ['author'], false],
		['a non-author cannot submit', 'member', 'draft', ['eligible'], false],
		['an invitee cannot submit', 'member', 'draft', ['invited', 'eligible'], false],
		['not into a chapter the author is not in', 'member', 'draft', ['author', 'chapter'], false],
		['into the author’s chapter', 'member', 'draft', ['author', 'chapter', 'eligible'], true]
	],
	'invite-coauthor': [
		['an author invites a co-author to the draft', 'member', 'draft', ['author'], true],
		['no invitations once submitted', 'member', 'discussion', ['author'], false],
		['a non-author invites nobody', 'member', 'draft', ['eligible'], false],
		['an invitee invites nobody', 'member', 'draft', ['invited'], false],
		[
			'an author outside the chapter invites nobody',
			'member',
			'draft',
			['author', 'chapter'],
			false
		]
	],
	'accept-coauthorship': [
		['the invitee accepts', 'member', 'draft', ['invited'], true],
		['nobody else does', 'member', 'draft', ['eligible'], false],
		['not once submitted', 'member', 'discussion', ['invited'], false],
		['not from outside the chapter', 'member', 'draft', ['invited', 'chapter'], false],
		['from inside it', 'member', 'draft', ['invited', 'chapter', 'eligible'], true],
		['a friend, who may not propose, does not', 'friend', 'draft', ['invited'], false],
		['a lapsed invitee waits', 'lapsed', 'draft', ['invited'], false]
	],
	'decline-coauthorship': [
		['the invitee declines', 'member', 'draft', ['invited'], true],
		['even lapsed', 'lapsed', 'draft', ['invited'], true],
		['nobody else does', 'member', 'draft', ['author'], false]
	],
	amend: [
		['an eligible member amends in discussion', 'member', 'discussion', ['eligible'], true],
		['and in the amendments phase', 'member', 'amendments', ['eligible'], true],
		['not once the window is closed', 'member', 'amendments', ['eligible', 'closed-window'], false],
		['not while voting', 'member', 'voting', ['eligible'], false],
		['a member outside the scope cannot amend', 'member', 'discussion', [], false],
		['a lapsed member cannot amend', 'lapsed', 'discussion', ['eligible'], false]
	],
	'withdraw-amendment': [
		['its author withdraws an amendment', 'member', 'discussion', ['own'], true],
		['nobody else does, not even an author', 'member', 'discussion', ['author', 'eligible'], false],
		['no withdrawing once voting has begun', 'member', 'voting', ['own'], false],
		['a lapsed member withdraws nothing until back', 'lapsed', 'discussion', ['own'], false]
	],
	'resolve-amendment': [
		['authors resolve amendments', 'member', 'amendments', ['author'], true],
		['only authors resolve amendments', 'member', 'discussion', ['eligible'], false],
		['no resolving once voting has begun', 'member', 'voting', ['author'], false]
	],
	'vote-amendment': [
		['an eligible member votes on an amendment', 'member', 'amendments', ['eligible'], true],
		['a member outside the scope does not', 'member', 'amendments', [], false],
		['a lapsed member does not', 'lapsed', 'amendments', ['eligible'], false]
	],
	'close-amendments': [
		['authors close the amendment window', 'member', 'discussion', ['author'], true],
		['others do not close it', 'member', 'discussion', ['eligible'], false]
	],
	'declare-stake': [
		['an eligible member declares a stake while voting', 'member', 'voting', ['eligible'], true],
		['and during discussion', 'member', 'discussion', ['eligible'], true],
		['no stake after the close', 'member', 'closed', ['eligible'], false],
		['no stake from outside the scope', 'member', 'voting', [], false],
		['a lapsed member declares no stake', 'lapsed', 'voting', ['eligible'], false]
	],
	vote: [
		['an eligible member votes', 'member', 'voting', ['eligible'], true],
		['no vote before voting opens', 'member', 'amendments', ['eligible'], false],
		['no vote after the close', 'member', 'closed', ['eligible'], false],
		['a member outside the scope cannot vote', 'member', 'voting', [], false],
		['a friend cannot vote even if listed', 'friend', 'voting', ['eligible'], false],
		['a lapsed member cannot vote', 'lapsed', 'voting', ['eligible'], false],
		['a visitor cannot vote', 'visitor', 'voting', ['eligible'], false]
	],
	'see-turnout-list': [
		['the reminder list is for eligible members', 'member', 'voting', ['eligible'], true],
		['and for authors', 'member', 'voting', ['author'], true],
		['not for others', 'member', 'voting', [], false]
	],
	'record-outcome': [
		['authors record the outcome after the close', 'member', 'closed', ['author'], true],
		['not before', 'member', 'voting', ['author'], false],
		['not others', 'member', 'closed', ['eligible'], false]
	],
	'file-minority-report': [
		['the losing side files a minority report', 'member', 'closed', ['against'], true],
		['the winning side does not', 'member', 'closed', ['with'], false],
		['nor a member who did not vote', 'member', 'closed', ['eligible'], false],
		[
			'nor the losing side once the window has passed',
			'member',
			'closed',
			['against', 'late'],
			false
		],
		['nor a lapsed member of the losing side', 'lapsed', 'closed', ['against'], false],
		['nor anyone before the close', 'member', 'voting', ['against'], false]
	],
	'sign-minority-report': [
		['a member of the scope co-signs a minority report', 'member', 'closed', ['eligible'], true],
		['whatever their ballot was', 'member', 'closed', ['eligible', 'with'], true],
		['not from outside the scope', 'member', 'closed', ['against'], false],
		['no signing once the window has passed', 'member', 'closed', ['eligible', 'late'], false],
		['nor before the close', 'member', 'voting', ['eligible'], false],
		['a friend does not sign', 'friend', 'closed', ['eligible'], false],
		['a lapsed member does not sign', 'lapsed', 'closed', ['eligible', 'against'], false],
		['a visitor does not sign', 'visitor', 'closed', ['eligible'], false]
	],
	petition: [
		['an eligible member petitions a closed decision', 'member', 'closed', ['eligible'], true],
		['not an open one', 'member', 'voting', ['eligible'], false],
		['not from outside the scope', 'member', 'closed', [], false],
		['a friend does not petition', 'friend', 'closed', ['eligible'], false],
		['a lapsed member does not petition', 'lapsed', 'closed', ['eligible'], false]
	]
};

const ROWS = Object.entries(TABLE).flatMap(([action, cases]) =>
	cases.map(([sentence, who, phase, facts, allowed]) => ({
		sentence,
		who,
		action: action as DecisionAction,
		phase,
		facts,
		allowed
	}))
);

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

function subject(actor: Actor | null, phase: Phase, facts: Fact[]): DecisionSubject {
	const has = (f: Fact) => facts.includes(f);
	const choice: StoredChoice | null = has('against')
		? { vote: 'no' }
		: has('with')
			? { vote: 'yes' }
			: null;
	return {
		phase,
		scope: has('chapter') ? { kind: 'chapter', id: 1 } : { kind: 'organisation' },
		isAuthor: has('author'),
		isInvited: has('invited'),
		isEligible: has('eligible'),
		amendmentsOpen: !has('closed-window'),
		// The motion passed; the report window ends a day from now, or ended a day ago.
		dissent:
			phase === 'closed'
				? {
						choice,
						outcome: 'passes',
						winner: null,
						until: new Date(NOW.getTime() + (has('late') ? -1 : 1) * 86_400_000)
					}
				: null,
		amendment: { authorId: has('own') && actor ? actor.id : -1 },
		now: NOW
	};
}

describe('decision policy', () => {
	it.each(ROWS)('$sentence', ({ who, action, phase, facts, allowed }) => {
		const actor = actors[who];
		expect(can(actor, action, subject(actor, phase, facts))).toBe(allowed);
	});

	it('reads a lapse from the loaded member, not from anything the caller says', () => {
		expect(actors.lapsed?.lapsed).toBe(true);
		expect(actors.member?.lapsed).toBe(false);
	});
});
