import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { decisions, events } from '$lib/server/db/schema';
import { castBallot } from './ballots';
import { close, currentBallots, inVoting, makeMembers, openWorld, type World } from './test-world';

let w: World;
let db: Db;

beforeAll(async () => {
	w = await openWorld();
	db = w.db;
});
afterAll(() => w.conn.close());

describe('integrity under load', () => {
	it('2,000 concurrent ballots: none lost, none counted twice', async () => {
		const voters = await makeMembers(db, 2000, 'load');
		const id = await inVoting(db, w.people[0], { ballotType: 'consent' });
		const results = await Promise.allSettled(
			voters.map((v, i) => castBallot(db, v, id, { vote: i % 10 === 0 ? 'disagree' : 'agree' }))
		);
		expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
		// The same voter, twenty times at once: one current ballot.
		await Promise.all(
			Array.from({ length: 20 }, () => castBallot(db, voters[0], id, { vote: 'agree' }))
		);
		expect(await currentBallots(db, id)).toBe(2000);
		await close(db, id);
		const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
		expect((d.result as { raw: { tally: object } }).raw.tally).toEqual({
			agree: 1801,
			abstain: 0,
			disagree: 199,
			block: 0
		});
	}, 240_000);

	it('no ballot is accepted after the close, even when they race', async () => {
		const voters = await makeMembers(db, 200, 'race');
		const id = await inVoting(db, w.people[0]);
		const casts = voters.map((v) => castBallot(db, v, id, { vote: 'yes' }));
		// Two scheduler processes closing at once: one closes, the other finds it closed.
		const closing = Promise.all([close(db, id), close(db, id)]);
		const settled = await Promise.allSettled([...casts]);
		await closing;
		const accepted = settled.filter((r) => r.status === 'fulfilled').length;
		for (const r of settled)
			if (r.status === 'rejected')
				expect(r.reason).toMatchObject({ messageKey: 'ballot_error_closed' });
		const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
		expect(d.phase).toBe('closed');
		// Every ballot accepted is in the count, and nothing else.
		expect((d.result as { turnout: number }).turnout).toBe(accepted);
		expect(await currentBallots(db, id)).toBe(accepted);
		const closes = await db
			.select({ n: count() })
			.from(events)
			.where(and(eq(events.type, 'decision.closed'), eq(events.subjectId, id)));
		expect(closes[0].n).toBe(1);
	}, 120_000);
});
