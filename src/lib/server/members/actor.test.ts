import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import {
	chapterMemberships,
	chapters,
	instanceSettings,
	mandates,
	members
} from '$lib/server/db/schema';
import { may } from '$lib/domain/members/actor';
import { loadActor } from './actor';

let conn: Connection;
let ana: number;
let lyon: number;
let porto: number;

async function member(handle: string, tier = 'interim') {
	const [row] = await conn.db
		.insert(members)
		.values({
			email: `${handle}@example.net`,
			passwordHash: '!',
			handle,
			displayName: handle,
			country: 'FR',
			tier
		})
		.returning({ id: members.id });
	return row.id;
}

beforeAll(async () => {
	conn = await createTestDatabase();
	ana = await member('ana');
	const rows = await conn.db
		.insert(chapters)
		.values([
			{ kind: 'local', name: 'Lyon', slug: 'lyon-test', country: 'FR', city: 'Lyon' },
			{ kind: 'local', name: 'Porto', slug: 'porto-test', country: 'PT', city: 'Porto' }
		])
		.returning({ id: chapters.id });
	[lyon, porto] = rows.map((r) => r.id);
	await conn.db.insert(chapterMemberships).values([
		{ chapterId: lyon, memberId: ana, home: true, joinedAt: new Date('2025-01-02T00:00:00Z') },
		{ chapterId: porto, memberId: ana }
	]);
});
afterAll(async () => {
	await conn?.close();
});

describe('loadActor', () => {
	it('builds the member with their chapters, the date joined and their tier’s rights', async () => {
		const actor = await loadActor(conn.db, ana);
		expect(actor).toMatchObject({ id: ana, tier: 'interim', lapsed: false, confirmed: false });
		expect(actor!.chapterIds).toEqual([lyon, porto].sort((a, b) => a - b));
		const home = actor!.chapters.find((c) => c.chapterId === lyon)!;
		expect(home).toMatchObject({ home: true });
		expect(home.joinedAt.toISOString()).toBe('2025-01-02T00:00:00.000Z');
		expect(may(actor, 'vote')).toBe(true);
		expect(may(actor, 'pin-thread')).toBe(false);
	});

	it('sees a lapsed member as lapsed, with no rights until they are back', async () => {
		const bea = await member('bea');
		await conn.db
			.update(members)
			.set({ lapsedAt: sql`now()` })
			.where(eq(members.id, bea));
		const actor = await loadActor(conn.db, bea);
		expect(actor!.lapsed).toBe(true);
		expect(may(actor, 'vote')).toBe(false);
		expect(may(actor, 'post')).toBe(false);
	});

	it('follows the instance’s rights table (friends allowed to vote)', async () => {
		const cy = await member('cy', 'friend');
		expect(may(await loadActor(conn.db, cy), 'vote')).toBe(false);
		await conn.db
			.insert(instanceSettings)
			.values({ key: 'members.tier_rights', value: { friend: ['post', 'comment', 'vote'] } });
		try {
			expect(may(await loadActor(conn.db, cy), 'vote')).toBe(true);
		} finally {
			await conn.db.delete(instanceSettings).where(eq(instanceSettings.key, 'members.tier_rights'));
		}
	});

	it('gives a current mandate’s rights in its scope only, and none once it has ended', async () => {
		const dan = await member('dan');
		await conn.db.insert(mandates).values([
			{ memberId: dan, role: 'facilitator', scopeKind: 'chapter', scopeId: lyon },
			{
				memberId: dan,
				role: 'facilitator',
				scopeKind: 'organisation',
				startsAt: new Date('2024-01-01T00:00:00Z'),
				endsAt: new Date('2025-01-01T00:00:00Z')
			}
		]);
		const actor = await loadActor(conn.db, dan);
		expect(actor!.mandates).toHaveLength(1);
		expect(may(actor, 'pin-thread', { kind: 'chapter', id: lyon })).toBe(true);
		expect(may(actor, 'pin-thread', { kind: 'chapter', id: porto })).toBe(false);
		expect(may(actor, 'write-organisation-news')).toBe(false);
	});

	it('has no actor for a deleted or unknown member', async () => {
		const eve = await member('eve');
		await conn.db
			.update(members)
			.set({ deletedAt: sql`now()` })
			.where(eq(members.id, eve));
		expect(await loadActor(conn.db, eve)).toBeNull();
		expect(await loadActor(conn.db, 999_999)).toBeNull();
	});
});
