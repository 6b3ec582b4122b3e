import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Connection } from '$lib/server/db/client';
import { createTestDatabase } from '$lib/server/db/testing';
import {
	authThrottle,
	emailTokens,
	knownDevices,
	mailOutbox,
	memberLimits,
	members,
	sessions
} from '$lib/server/db/schema';
import { pruneExpired } from './retention';

let conn: Connection;
beforeAll(async () => {
	conn = await createTestDatabase();
});
afterAll(async () => {
	await conn?.close();
});

const DAY = 86_400_000;
const now = new Date('2026-12-01T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe('retention', () => {
	it('deletes what outlived its time and keeps what is still needed', async () => {
		const db = conn.db;
		const [m] = await db
			.insert(members)
			.values({
				email: 'r@example.net',
				passwordHash: 'x',
				handle: 'r',
				displayName: 'R',
				country: 'PT'
			})
			.returning({ id: members.id });
		await db.insert(mailOutbox).values([
			{ toAddress: 'a@x', subject: 'old sent', textBody: '', createdAt: ago(40), sentAt: ago(40) },
			{ toAddress: 'a@x', subject: 'recent sent', textBody: '', createdAt: ago(3), sentAt: ago(3) },
			{ toAddress: 'a@x', subject: 'old failed', textBody: '', createdAt: ago(20) },
			{ toAddress: 'a@x', subject: 'pending', textBody: '', createdAt: ago(1) }
		]);
		await db.insert(emailTokens).values([
			{
				id: 'used-long-ago',
				memberId: m.id,
				purpose: 'verify-email',
				email: 'r@example.net',
				expiresAt: ago(8),
				usedAt: ago(9)
			},
			{
				id: 'still-valid',
				memberId: m.id,
				purpose: 'reset-password',
				email: 'r@example.net',
				expiresAt: new Date(now.getTime() + DAY)
			}
		]);
		await db.insert(sessions).values([
			{ id: 'expired', memberId: m.id, expiresAt: ago(1) },
			{ id: 'live', memberId: m.id, expiresAt: new Date(now.getTime() + DAY) }
		]);

		await db.insert(authThrottle).values([
			{ key: 'stale', failures: 3, windowStartedAt: ago(2) },
			{
				key: 'still-locked',
				failures: 9,
				windowStartedAt: ago(2),
				lockedUntil: new Date(now.getTime() + DAY)
			},
			{ key: 'current', failures: 1, windowStartedAt: ago(0) }
		]);
		await db.insert(memberLimits).values([
			{ memberId: m.id, action: 'post', windowStartedAt: ago(2), used: 4 },
			{ memberId: m.id, action: 'comment', windowStartedAt: ago(0), used: 1 }
		]);
		await db.insert(knownDevices).values([
			{ id: 'forgotten', memberId: m.id, lastUsedAt: ago(400) },
			{ id: 'in-use', memberId: m.id, lastUsedAt: ago(10) }
		]);

		expect(await pruneExpired(db, now)).toEqual({
			sentMail: 1,
			failedMail: 1,
			usedLinks: 1,
			expiredSessions: 1,
			counters: 2,
			knownDevices: 1
		});
		const left = async (table: string, column: string) =>
			(
				await db.execute(
					sql`select ${sql.identifier(column)} as v from ${sql.identifier(table)} order by 1`
				)
			).rows.map((r) => (r as { v: string }).v);
		expect(await left('mail_outbox', 'subject')).toEqual(['pending', 'recent sent']);
		expect(await left('email_tokens', 'id')).toEqual(['still-valid']);
		expect(await left('sessions', 'id')).toEqual(['live']);
		expect(await left('auth_throttle', 'key')).toEqual(['current', 'still-locked']);
		expect(await left('member_limits', 'action')).toEqual(['comment']);
		expect(await left('known_devices', 'id')).toEqual(['in-use']);
		// Running again finds nothing more.
		expect(Object.values(await pruneExpired(db, now))).toEqual([0, 0, 0, 0, 0, 0]);
	});
});
