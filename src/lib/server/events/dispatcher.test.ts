import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { events, mailOutbox } from '$lib/server/db/schema';
import { appendEvent } from './append';
import { dispatchAll, dispatchBatch, startDispatcher, type EventHandler } from './dispatcher';

let conn: Connection;

beforeAll(async () => {
	conn = await createTestDatabase();
});
afterAll(async () => {
	await conn?.close();
});

async function append(n: number, type: 'member.verified' | 'member.lapsed' = 'member.verified') {
	for (let i = 0; i < n; i++)
		await appendEvent(conn.db, { type, actorId: null, subjectType: 'member', subjectId: 1000 + i });
}

/** A handler with a real side effect in the handler's transaction: one queued mail per event. */
function mailing(seen: number[]): EventHandler {
	return {
		name: 'test mail',
		types: ['member.verified'],
		handle: async (tx, event) => {
			seen.push(event.id);
			await tx.insert(mailOutbox).values({
				toAddress: `m${event.subjectId}@example.net`,
				subject: `event ${event.id}`,
				textBody: '-'
			});
		}
	};
}

async function undispatched() {
	const [row] = await conn.db
		.select({ n: sql<number>`count(*)::int` })
		.from(events)
		.where(sql`${events.dispatchedAt} is null`);
	return row.n;
}

describe('the event dispatcher', () => {
	it('hands each event to the handlers of its type once, and marks it dispatched', async () => {
		await append(3);
		await append(1, 'member.lapsed');
		const seen: number[] = [];
		await dispatchAll(conn.db, [mailing(seen)]);
		expect(seen).toHaveLength(3);
		expect(await undispatched()).toBe(0);
		await dispatchAll(conn.db, [mailing(seen)]);
		expect(seen).toHaveLength(3);
	});

	it('shares the log between dispatchers running at once without handling an event twice', async () => {
		await conn.db.delete(mailOutbox);
		await append(40);
		const seen: number[] = [];
		await Promise.all([
			dispatchAll(conn.db, [mailing(seen)]),
			dispatchAll(conn.db, [mailing(seen)]),
			dispatchAll(conn.db, [mailing(seen)])
		]);
		expect(new Set(seen).size).toBe(seen.length);
		const mails = await conn.db.select().from(mailOutbox);
		expect(mails).toHaveLength(40);
	});

	it('goes on at once with the events its handlers append and those beyond a batch', async () => {
		await dispatchAll(conn.db, []);
		// A handler that reacts to an event by appending another (as recalls and leavers do).
		const chained: EventHandler = {
			name: 'test chain',
			types: ['member.lapsed'],
			handle: (tx, event) =>
				appendEvent(tx, {
					type: 'member.verified',
					actorId: null,
					subjectType: 'member',
					subjectId: event.subjectId
				})
		};
		const seen: number[] = [];
		const worker = startDispatcher(conn.db, [chained, mailing(seen)]);
		try {
			await append(1, 'member.lapsed');
			await append(120);
			// One run, as after a command: no second kick, and long before the timer's next round.
			await worker.flush();
			expect(seen).toHaveLength(121);
			expect(await undispatched()).toBe(0);
		} finally {
			await worker.stop();
		}
	});

	it('tells what it runs after a batch which handlers the events went to', async () => {
		await dispatchAll(conn.db, []);
		const seen: number[] = [];
		const idle: EventHandler = {
			name: 'test idle',
			types: ['member.lapsed'],
			handle: async () => {}
		};
		const mail = mailing(seen);
		const told: string[][] = [];
		const worker = startDispatcher(conn.db, [mail, idle], (ran) =>
			told.push([...ran].map((h) => h.name))
		);
		try {
			await append(3);
			await worker.flush();
			expect(told).toEqual([['test mail']]);
		} finally {
			await worker.stop();
		}
	});

	it('keeps a failing event for another try, without losing the others’ work', async () => {
		await conn.db.delete(mailOutbox);
		await append(2);
		let fail = true;
		const seen: number[] = [];
		const flaky: EventHandler = {
			name: 'flaky',
			types: ['member.verified'],
			handle: async (tx, event) => {
				await mailing(seen).handle(tx, event);
				if (fail && event.subjectId === 1001) throw new Error('smtp down');
			}
		};
		const quiet = console.error;
		console.error = () => {};
		try {
			await dispatchBatch(conn.db, [flaky]);
		} finally {
			console.error = quiet;
		}
		// The failed event's mail was rolled back with its savepoint; the other's was kept.
		expect(await conn.db.select().from(mailOutbox)).toHaveLength(1);
		expect(await undispatched()).toBe(1);
		const [failed] = await conn.db
			.select()
			.from(events)
			.where(sql`${events.dispatchedAt} is null`);
		expect(failed.dispatchAttempts).toBe(1);
		fail = false;
		await dispatchAll(conn.db, [flaky]);
		expect(await undispatched()).toBe(0);
		expect(await conn.db.select().from(mailOutbox)).toHaveLength(2);
	});

	it('gives up on an event after five failed tries, so one bad event cannot block the log', async () => {
		await append(1);
		const broken: EventHandler = {
			name: 'broken',
			types: ['member.verified'],
			handle: async () => {
				throw new Error('bug');
			}
		};
		const quiet = console.error;
		console.error = () => {};
		try {
			for (let i = 0; i < 7; i++) await dispatchBatch(conn.db, [broken]);
		} finally {
			console.error = quiet;
		}
		const stuck = await conn.db
			.select()
			.from(events)
			.where(sql`${events.dispatchedAt} is null`);
		expect(stuck).toHaveLength(1);
		expect(stuck[0].dispatchAttempts).toBe(5);
		expect(await dispatchBatch(conn.db, [broken])).toBe(0);
		await conn.db
			.update(events)
			.set({ dispatchedAt: sql`now()` })
			.where(eq(events.id, stuck[0].id));
	});
});
