/**
 * Lists of members in the decisions area name only members listed in the directory (and the
 * viewer themself) and count the others: who has not voted yet, who declared a stake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import { castBallot, declareStake } from './ballots';
import { decisionPage } from './decision-page';
import { notYetVoted } from './reminders';
import { inVoting, openWorld, type World } from './test-world';

let w: World;
let db: Db;

beforeAll(async () => {
	w = await openWorld();
	db = w.db;
	// Two of the eight left the directory.
	await db
		.update(members)
		.set({ inDirectory: false })
		.where(
			inArray(
				members.id,
				[w.people[5], w.people[6]].map((p) => p.id)
			)
		);
});
afterAll(() => w.conn.close());

describe('who has not voted yet', () => {
	it('names listed members only and counts the others, the viewer always seeing themself', async () => {
		const [ana, ben] = w.people;
		const id = await inVoting(db, ana);
		await castBallot(db, ben, id, { vote: 'yes' });
		const list = await notYetVoted(db, ana, id);
		const ids = list.members.map((p) => p.id);
		expect(ids).toEqual([0, 2, 3, 4, 7].map((i) => w.people[i].id).filter((x) => x !== ben.id));
		expect(ids).not.toContain(w.people[5].id);
		expect(JSON.stringify(list)).not.toMatch(/p5|P5|p6|P6/);
		expect(list.unlisted).toBe(2);
		const own = await notYetVoted(db, w.people[5], id);
		expect(own.members.map((p) => p.id)).toContain(w.people[5].id);
		expect(own.unlisted).toBe(1);
		// An unlisted member who votes leaves the count.
		await castBallot(db, w.people[6], id, { vote: 'no' });
		expect((await notYetVoted(db, ana, id)).unlisted).toBe(1);
	});
});

describe('declared stakes', () => {
	it('are named for listed members and counted for the others', async () => {
		const [ana, ben] = w.people;
		const id = await inVoting(db, ana, { weighting: 'stake' });
		await declareStake(db, ben, id, { level: '2', reason: 'Near by.' });
		await declareStake(db, w.people[5], id, { level: '4', reason: 'Next door.' });
		const page = await decisionPage(db, null, 'en', id);
		expect(page.stakes.people.map((s) => s.id)).toEqual([ben.id]);
		expect(page.stakes.unlisted).toBe(1);
		expect(JSON.stringify(page.stakes)).not.toContain('Next door');
		const own = await decisionPage(db, w.people[5], 'en', id);
		expect(own.stakes.people.map((s) => s.id)).toEqual([w.people[5].id, ben.id]);
	});
});
