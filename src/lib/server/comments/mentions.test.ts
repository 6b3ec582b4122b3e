import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '$lib/server/db/client';
import { createTestDatabase } from '$lib/server/db/testing';
import { members } from '$lib/server/db/schema';
import { mentionedMembers } from './mentions';

let conn: Connection;
beforeAll(async () => {
	conn = await createTestDatabase();
});
afterAll(async () => {
	await conn?.close();
});

describe('mentions', () => {
	it('reach confirmed, current members only, never the author', async () => {
		const person = (handle: string, o: Partial<typeof members.$inferInsert> = {}) => ({
			email: `${handle}@example.net`,
			passwordHash: 'x',
			handle,
			displayName: handle,
			country: 'PT',
			emailVerifiedAt: new Date(),
			...o
		});
		const rows = await conn.db
			.insert(members)
			.values([
				person('writer'),
				person('confirmed'),
				person('unconfirmed', { emailVerifiedAt: null }),
				person('erased', { deletedAt: new Date() })
			])
			.returning({ id: members.id, handle: members.handle });
		const id = (h: string) => rows.find((r) => r.handle === h)!.id;
		const found = await mentionedMembers(
			conn.db,
			id('writer'),
			'@writer @Confirmed @unconfirmed @erased @nobody'
		);
		expect(found).toEqual([id('confirmed')]);
	});
});
