/**
 * A secret ballot combined with nothing that links a ballot to its voter: no weighting whose
 * weight says who cast it, no count before the close (whatever the decision's setting), no
 * weight in the events anyone could read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { decisions, events } from '$lib/server/db/schema';
import { castBallot, declareStake } from './ballots';
import { createDecision, updateDraft } from './commands';
import { decisionBallotsPage } from './ballot-list';
import { decisionPage } from './decision-page';
import { decisionResource } from './resource';
import { close, draft, inVoting, openWorld, type World } from './test-world';

let w: World;
let db: Db;

beforeAll(async () => {
	w = await openWorld();
	db = w.db;
});
afterAll(() => w.conn.close());

const decisionCount = async () => (await db.select({ n: count() }).from(decisions))[0].n;

describe('a secret ballot refuses a weighting whose weight identifies the voter', () => {
	it('on a new proposal: declared stake and by-group weighting, with a field error', async () => {
		const [ana] = w.people;
		const before = await decisionCount();
		await expect(
			createDecision(db, ana, draft({ secret: 'on', weighting: 'stake' }))
		).rejects.toMatchObject({
			status: 400,
			fields: { weighting: 'decision_error_secret_weighting' }
		});
		await expect(
			createDecision(
				db,
				ana,
				draft({ secret: 'on', weighting: 'group', affected: [`chapter:${w.chapterId}`] })
			)
		).rejects.toMatchObject({ fields: { weighting: 'decision_error_secret_weighting' } });
		expect(await decisionCount()).toBe(before);
		// Each on its own is fine.
		await createDecision(db, ana, draft({ secret: 'on' }));
		await createDecision(db, ana, draft({ weighting: 'stake' }));
	});

	it('when a draft is changed into the combination, and the draft stays as it was', async () => {
		const [ana] = w.people;
		const id = await createDecision(db, ana, draft({ weighting: 'stake' }));
		await expect(
			updateDraft(db, ana, id, draft({ weighting: 'stake', secret: 'on' }))
		).rejects.toMatchObject({ fields: { weighting: 'decision_error_secret_weighting' } });
		const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
		expect(d).toMatchObject({ secret: false, weighting: 'stake' });
	});
});

describe('a secret ballot shows no count before the close', () => {
	it('even when it does not ask to hide results: page and API alike, for every viewer', async () => {
		const [ana, ben, cai] = w.people;
		const id = await inVoting(db, ana, { secret: 'on' });
		await castBallot(db, ben, id, { vote: 'yes' });
		await castBallot(db, cai, id, { vote: 'no' });
		for (const viewer of [null, ana, ben]) {
			const page = await decisionPage(db, viewer, 'en', id);
			expect(page.results).toBeNull();
			expect(page.openBallots).toEqual({ first: [], total: 0 });
			expect(await decisionBallotsPage(db, viewer, id, 1)).toMatchObject({
				visible: false,
				ballots: [],
				total: 0
			});
			expect(page.decision.hideResultsUntilClose).toBe(true);
			// Who voted is not secret: the turnout moves.
			expect(page.turnout).toMatchObject({ ballots: 2 });
			const api = await decisionResource(db, viewer, 'en', 'https://x.test', id);
			expect(api.result).toBeNull();
			expect(api.resultsHiddenUntilClose).toBe(true);
			expect(JSON.stringify(api)).not.toMatch(/"raw"|"weighted"|winners/);
		}
		await close(db, id);
		expect((await decisionPage(db, null, 'en', id)).results).toMatchObject({ live: false });
	});

	it('while an open ballot that does not hide them shows its live count', async () => {
		const [ana, ben] = w.people;
		const id = await inVoting(db, ana);
		await castBallot(db, ben, id, { vote: 'yes' });
		expect((await decisionPage(db, null, 'en', id)).results).toMatchObject({ live: true });
	});
});

describe('the events of a secret ballot', () => {
	const lastBallotEvent = async (id: number) =>
		(
			await db
				.select({ type: events.type, data: events.data })
				.from(events)
				.where(and(eq(events.subjectType, 'decision'), eq(events.subjectId, id)))
				.orderBy(desc(events.id))
				.limit(1)
		)[0];

	it('say that someone voted, never with a weight; an open ballot’s carry its weight', async () => {
		const [ana, ben] = w.people;
		const secret = await inVoting(db, ana, { secret: 'on' });
		await castBallot(db, ben, secret, { vote: 'yes' });
		expect(await lastBallotEvent(secret)).toEqual({ type: 'ballot.cast', data: {} });
		await castBallot(db, ben, secret, { vote: 'no' });
		expect(await lastBallotEvent(secret)).toEqual({ type: 'ballot.changed', data: {} });

		const open = await inVoting(db, ana, { weighting: 'stake' });
		await declareStake(db, ben, open, { level: '3', reason: 'I live there.' });
		await castBallot(db, ben, open, { vote: 'yes' });
		expect(await lastBallotEvent(open)).toEqual({ type: 'ballot.cast', data: { weight: 3 } });
	});
});
