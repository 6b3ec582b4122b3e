import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import { can, type MemberAction, type MemberSubject } from './policy';

let conn: Connection;
const who: Record<string, Actor> = {};
const subjects: Record<string, MemberSubject> = {};

beforeAll(async () => {
	conn = await createTestDatabase();
	const rows = await conn.db
		.insert(members)
		.values(
			['ana', 'ben', 'gone', 'lapsed', 'quiet', 'new'].map((handle) => ({
				email: `${handle}@example.net`,
				passwordHash: '!',
				handle,
				displayName: handle,
				country: 'BR',
				tier: handle === 'ben' ? 'friend' : 'member',
				emailVerifiedAt: handle === 'new' ? null : new Date(),
				lapsedAt: handle === 'lapsed' ? new Date() : null
			}))
		)
		.returning({ id: members.id, handle: members.handle });
	for (const r of rows) who[r.handle] = await actorFor(conn.db, r.id);
	const gone = rows.find((r) => r.handle === 'gone')!;
	await conn.db.update(members).set({ deletedAt: new Date() }).where(eq(members.id, gone.id));
	for (const r of rows)
		subjects[r.handle] = {
			id: r.id,
			deletedAt: r.handle === 'gone' ? new Date() : null,
			inDirectory: r.handle !== 'quiet',
			confirmed: r.handle !== 'new'
		};
});
afterAll(async () => {
	await conn?.close();
});

describe('member policy', () => {
	it.each<[string, string | null, MemberAction, string, boolean]>([
		['a visitor sees a listed profile', null, 'view-profile', 'ana', true],
		['nobody sees an erased profile', 'ana', 'view-profile', 'gone', false],
		['a visitor does not see an unlisted profile', null, 'view-profile', 'quiet', false],
		['a member sees an unlisted profile', 'ben', 'view-profile', 'quiet', true],
		['an unconfirmed account is a visitor to it', 'new', 'view-profile', 'quiet', false],
		['the unlisted member sees their own profile', 'quiet', 'view-profile', 'quiet', true],
		['nobody else sees an unconfirmed account', 'ana', 'view-profile', 'new', false],
		['an unconfirmed account sees its own profile', 'new', 'view-profile', 'new', true],
		['a member edits their own profile', 'ana', 'edit-profile', 'ana', true],
		['a member cannot edit another profile', 'ben', 'edit-profile', 'ana', false],
		['a visitor cannot edit a profile', null, 'edit-profile', 'ana', false],
		['a lapsed member still edits their own profile', 'lapsed', 'edit-profile', 'lapsed', true],
		['only the member sees private details', 'ana', 'view-private-details', 'ana', true],
		['another member does not see private details', 'ben', 'view-private-details', 'ana', false],
		['a visitor does not see private details', null, 'view-private-details', 'ana', false],
		['a member deletes their own account', 'ana', 'delete-account', 'ana', true],
		['a member cannot delete another account', 'ben', 'delete-account', 'ana', false]
	])('%s', (_name, actor, action, subject, expected) => {
		expect(can(actor ? who[actor] : null, action, subjects[subject])).toBe(expected);
	});
});
