import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { events, mailOutbox, members, scheduledJobs } from '$lib/server/db/schema';
import { reactivateMember } from '$lib/server/members/commands';
import { runLapsing } from '$lib/server/members/lapsing';
import { Invalid } from '$lib/server/errors';
import { claimDueJobs, registerJobs, startScheduler, type Job } from './index';

let conn: Connection;
beforeAll(async () => {
	conn = await createTestDatabase();
});
afterAll(async () => {
	await conn?.close();
});

describe('the scheduler', () => {
	it('runs a due job once even when several processes tick together, then waits', async () => {
		let runs = 0;
		const job: Job = {
			name: 'test.count',
			intervalSeconds: 3600,
			run: async () => {
				runs++;
			}
		};
		const a = startScheduler(conn.db, [job], { tickMs: 3_600_000 });
		const b = startScheduler(conn.db, [job], { tickMs: 3_600_000 });
		const c = startScheduler(conn.db, [job], { tickMs: 3_600_000 });
		const claimed = await Promise.all([a.tick(), b.tick(), c.tick()]);
		expect(claimed.flat()).toEqual(['test.count']);
		expect(runs).toBe(1);
		expect(await a.tick()).toEqual([]);
		await Promise.all([a.stop(), b.stop(), c.stop()]);
		const [row] = await conn.db
			.select()
			.from(scheduledJobs)
			.where(eq(scheduledJobs.name, 'test.count'));
		expect(row.lastFinishedAt).not.toBeNull();
		expect(row.leasedUntil).toBeNull();
		expect(row.runAt.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
	});

	it('keeps its state across restarts and records failures', async () => {
		const failing: Job = {
			name: 'test.fail',
			intervalSeconds: 60,
			run: async () => {
				throw new Error('boom');
			}
		};
		await registerJobs(conn.db, [failing]);
		const s = startScheduler(conn.db, [failing], { tickMs: 3_600_000 });
		expect(await s.tick()).toEqual(['test.fail']);
		await s.stop();
		const [row] = await conn.db
			.select()
			.from(scheduledJobs)
			.where(eq(scheduledJobs.name, 'test.fail'));
		expect(row.lastError).toBe('boom');
		// A "restarted" process sees it is not due yet.
		expect(await claimDueJobs(conn.db, [failing])).toEqual([]);
		// A lease left by a process that died blocks others until it expires.
		await conn.db
			.update(scheduledJobs)
			.set({
				runAt: sql`now() - interval '1 minute'`,
				leasedUntil: sql`now() + interval '5 minutes'`
			})
			.where(eq(scheduledJobs.name, 'test.fail'));
		expect(await claimDueJobs(conn.db, [failing])).toEqual([]);
		await conn.db
			.update(scheduledJobs)
			.set({ leasedUntil: sql`now() - interval '1 second'` })
			.where(eq(scheduledJobs.name, 'test.fail'));
		expect(await claimDueJobs(conn.db, [failing])).toEqual(['test.fail']);
	});
});

describe('lapsing', () => {
	it('warns, then lapses, then the member comes back by confirming', async () => {
		const monthsAgo = (n: number) => new Date(Date.now() - n * 30.5 * 86_400_000);
		const [ina, joe, kim] = await conn.db
			.insert(members)
			.values(
				[
					['ina', monthsAgo(14), 'es'],
					['joe', monthsAgo(2), 'en'],
					['kim', monthsAgo(13), 'ar']
				].map(([handle, lastActiveAt, locale]) => ({
					email: `${handle}@example.net`,
					emailVerifiedAt: new Date(),
					passwordHash: '!',
					handle: handle as string,
					displayName: handle as string,
					country: 'ES',
					locale: locale as string,
					lastActiveAt: lastActiveAt as Date
				}))
			)
			.returning({ id: members.id });
		const first = await runLapsing(conn.db, 'http://plenary.test');
		expect(first).toEqual({ warned: 2, lapsed: 0 });
		const mail = await conn.db
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.toAddress, 'ina@example.net'));
		expect(mail).toHaveLength(1);
		expect(mail[0].textBody).toContain('http://plenary.test/welcome');
		expect(mail[0].subject).toMatch(/echamos de menos/);
		// Running again warns nobody twice.
		expect(await runLapsing(conn.db, 'http://plenary.test')).toEqual({ warned: 0, lapsed: 0 });

		// 31 days later: still away, so lapsed; kim logged in meanwhile, so not.
		await conn.db.update(members).set({ lastActiveAt: new Date() }).where(eq(members.id, kim.id));
		const later = new Date(Date.now() + 31 * 86_400_000);
		expect(await runLapsing(conn.db, 'http://plenary.test', later)).toEqual({
			warned: 0,
			lapsed: 1
		});
		const rows = await conn.db
			.select()
			.from(members)
			.where(sql`${members.id} in (${ina.id}, ${joe.id}, ${kim.id})`)
			.orderBy(members.id);
		expect(rows.map((r) => !!r.lapsedAt)).toEqual([true, false, false]);
		const lapsedEvents = await conn.db
			.select()
			.from(events)
			.where(eq(events.type, 'member.lapsed'));
		expect(lapsedEvents.map((e) => e.subjectId)).toEqual([ina.id]);

		await expect(reactivateMember(conn.db, await actorFor(conn.db, joe.id))).rejects.toThrow(
			Invalid
		);
		await reactivateMember(conn.db, await actorFor(conn.db, ina.id));
		const [back] = await conn.db.select().from(members).where(eq(members.id, ina.id));
		expect(back.lapsedAt).toBeNull();
		expect(back.lapseWarnedAt).toBeNull();
	});
});
