import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import { can, type ChapterAction, type ChapterSubject } from './policy';

let conn: Connection;
const who: Record<string, Actor> = {};

beforeAll(async () => {
	conn = await createTestDatabase();
	const people = { member: 'member', friend: 'friend', lapsed: 'member' } as const;
	for (const [handle, tier] of Object.entries(people)) {
		const [row] = await conn.db
			.insert(members)
			.values({
				email: `${handle}@example.net`,
				passwordHash: '!',
				handle,
				displayName: handle,
				country: 'UY',
				tier,
				emailVerifiedAt: new Date(),
				lapsedAt: handle === 'lapsed' ? new Date() : null
			})
			.returning({ id: members.id });
		who[handle] = await actorFor(conn.db, row.id);
	}
});
afterAll(async () => {
	await conn?.close();
});

const local: ChapterSubject = { kind: 'local' };
const country: ChapterSubject = { kind: 'country' };
const root: ChapterSubject = { kind: 'organisation' };
const mine: ChapterSubject = { kind: 'local', isMember: true };
const home: ChapterSubject = { kind: 'local', isMember: true, isHome: true };

describe('chapter policy', () => {
	it.each<[string, string | null, ChapterAction, ChapterSubject, boolean]>([
		['a visitor sees a chapter', null, 'view', local, true],
		['a visitor cannot join', null, 'join', local, false],
		['a member joins a local chapter', 'member', 'join', local, true],
		['a member joins a country chapter', 'member', 'join', country, true],
		['nobody joins the organisation itself', 'member', 'join', root, false],
		['a member cannot join a chapter twice', 'member', 'join', mine, false],
		['a friend joins a chapter', 'friend', 'join', local, true],
		['a lapsed member cannot join until back', 'lapsed', 'join', local, false],
		['a member moves to a local chapter', 'member', 'move-to', local, true],
		['a member moves to a chapter they already joined', 'member', 'move-to', mine, true],
		['nobody moves into the organisation', 'member', 'move-to', root, false],
		['moving to the home chapter is not a move', 'member', 'move-to', home, false],
		['a lapsed member cannot move', 'lapsed', 'move-to', local, false],
		['a member leaves another chapter', 'member', 'leave', mine, true],
		['a member cannot leave the home chapter', 'member', 'leave', home, false],
		['a member cannot leave a chapter they are not in', 'member', 'leave', local, false],
		['a visitor cannot leave', null, 'leave', mine, false]
	])('%s', (_name, actor, action, subject, expected) => {
		expect(can(actor ? who[actor] : null, action, subject)).toBe(expected);
	});
});
