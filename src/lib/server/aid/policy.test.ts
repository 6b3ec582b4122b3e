import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import { can, type AidAction, type AidSubject } from './policy';

/**
 * The actors are real members loaded as the app loads them: a member, a friend, a lapsed member
 * and an account whose address nobody confirmed. In the table, "own" posts are the actor's and
 * "other" posts someone else's.
 */
type Who = 'member' | 'friend' | 'lapsed' | 'unconfirmed' | null;
let conn: Connection;
const who: Record<string, Actor> = {};

beforeAll(async () => {
	conn = await createTestDatabase();
	for (const [handle, tier] of [
		['member', 'member'],
		['friend', 'friend'],
		['lapsed', 'member'],
		['unconfirmed', 'member']
	]) {
		const [row] = await conn.db
			.insert(members)
			.values({
				email: `${handle}@example.net`,
				passwordHash: '!',
				handle,
				displayName: handle,
				country: 'ES',
				tier,
				emailVerifiedAt: handle === 'unconfirmed' ? null : new Date(),
				lapsedAt: handle === 'lapsed' ? new Date() : null
			})
			.returning({ id: members.id });
		who[handle] = await actorFor(conn.db, row.id);
	}
});
afterAll(async () => {
	await conn?.close();
});

type Post =
	| 'none'
	| 'own open'
	| 'own expired'
	| 'own fulfilled'
	| 'other open'
	| 'other expired'
	| 'other fulfilled'
	| 'other withdrawn';

function subject(post: Post, actor: Actor | null): AidSubject | null {
	if (post === 'none') return null;
	const [owner, state] = post.split(' ');
	return {
		authorId: owner === 'own' && actor ? actor.id : 999_999,
		status: state === 'expired' ? 'open' : state,
		current: state !== 'expired'
	};
}

// prettier-ignore
const cases: [string, Who, AidAction, Post, boolean][] = [
	['a member may post',                                   'member', 'post', 'none', true],
	['a friend may post (the tier has the post right)',      'friend', 'post', 'none', true],
	['a lapsed member may not post until back',             'lapsed', 'post', 'none', false],
	['a visitor may not post',                              null, 'post', 'none', false],
	['a visitor reads an open post',                        null, 'view', 'other open', true],
	['nobody else reads an expired post',                   'member', 'view', 'other expired', false],
	['nobody else reads a fulfilled post',                  'member', 'view', 'other fulfilled', false],
	['nobody else reads a withdrawn post',                  'member', 'view', 'other withdrawn', false],
	['the author reads their expired post',                 'member', 'view', 'own expired', true],
	['the author reads their fulfilled post',               'member', 'view', 'own fulfilled', true],
	['a member answers another’s open post',                'member', 'answer', 'other open', true],
	['a friend answers another’s open post',                'friend', 'answer', 'other open', true],
	['nobody answers their own post',                       'member', 'answer', 'own open', false],
	['nobody answers an expired post',                      'member', 'answer', 'other expired', false],
	['a visitor does not answer',                           null, 'answer', 'other open', false],
	['an unconfirmed account does not answer',              'unconfirmed', 'answer', 'other open', false],
	['the author edits their open post',                    'member', 'edit', 'own open', true],
	['the author edits an expired post to renew it',        'member', 'edit', 'own expired', true],
	['the author does not edit a fulfilled post',           'member', 'edit', 'own fulfilled', false],
	['a lapsed author does not edit',                       'lapsed', 'edit', 'own open', false],
	['nobody edits another’s post',                         'member', 'edit', 'other open', false],
	['the author marks their post fulfilled',               'member', 'fulfil', 'own open', true],
	['a lapsed author may still mark it fulfilled',         'lapsed', 'fulfil', 'own open', true],
	['a fulfilled post is not fulfilled again',             'member', 'fulfil', 'own fulfilled', false],
	['nobody fulfils another’s post',                       'member', 'fulfil', 'other open', false],
	['the author withdraws their post',                     'member', 'withdraw', 'own expired', true],
	['nobody withdraws another’s post',                     'friend', 'withdraw', 'other open', false],
	['a visitor withdraws nothing',                         null, 'withdraw', 'other open', false]
];

describe('who may do what on the aid board', () => {
	it.each(cases)('%s', (_sentence, role, action, post, expected) => {
		const actor = role ? who[role] : null;
		expect(can(actor, action, subject(post, actor))).toBe(expected);
	});
});
