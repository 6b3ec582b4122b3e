import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { amendments, decisions, decisionVersions, events } from '$lib/server/db/schema';
import { Conflict, Forbidden } from '$lib/server/errors';
import { advanceDecision } from './advance';
import {
	acceptAmendment,
	closeAmendments,
	proposeAmendment,
	putAmendmentToVote,
	voteOnAmendment
} from './amendments';
import { createDecision, submitDecision } from './commands';
import { draft, later, openWorld, type World } from './test-world';

let w: World;
let db: Db;
let people: Actor[];

beforeAll(async () => {
	w = await openWorld();
	({ db, people } = w);
});
afterAll(() => w.conn.close());

describe('amendments', () => {
	it('are accepted by the authors, or voted on and applied when amendments close', async () => {
		const [ana, ben, cai, dee] = people;
		const id = await createDecision(db, ana, draft());
		await submitDecision(db, ana, id);
		const body = 'We build a participatory society.\nWe share work fairly.\nWe decide together.';
		const first = await proposeAmendment(db, ben, id, {
			body: body.replace('fairly', 'fairly and in balance'),
			reason: 'Balance matters'
		});
		const second = await proposeAmendment(db, cai, id, {
			body: body.replace('We build', 'Together we build'),
			reason: 'Tone'
		});
		const stale = await proposeAmendment(db, dee, id, {
			body: body.replace('We share work fairly.', 'We share all work.'),
			reason: 'Simpler'
		});
		await expect(proposeAmendment(db, dee, id, { body, reason: 'none' })).rejects.toMatchObject({
			fields: { body: 'amendment_error_no_change' }
		});
		await expect(acceptAmendment(db, ben, id, first)).rejects.toBeInstanceOf(Forbidden);
		await acceptAmendment(db, ana, id, first);
		await expect(acceptAmendment(db, ana, id, first)).rejects.toMatchObject({
			messageKey: 'amendment_error_resolved'
		});
		// The third touched the same line as the first: it no longer applies.
		await expect(acceptAmendment(db, ana, id, stale)).rejects.toBeInstanceOf(Conflict);
		await expect(voteOnAmendment(db, ben, id, second, { vote: 'yes' })).rejects.toMatchObject({
			messageKey: 'amendment_error_not_voting'
		});
		await putAmendmentToVote(db, ana, id, second);
		await advanceDecision(db, id, later(24.5)); // into the amendments phase
		for (const p of [ben, cai, dee]) await voteOnAmendment(db, p, id, second, { vote: 'yes' });
		await voteOnAmendment(db, ana, id, second, { vote: 'no' });
		await expect(voteOnAmendment(db, w.friend, id, second, { vote: 'yes' })).rejects.toBeInstanceOf(
			Forbidden
		);
		await closeAmendments(db, ana, id);
		await expect(closeAmendments(db, ana, id)).rejects.toBeInstanceOf(Forbidden);
		const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
		expect(d.phase).toBe('voting');
		expect(d.body).toBe(
			'Together we build a participatory society.\nWe share work fairly and in balance.\nWe decide together.'
		);
		const statuses = await db
			.select({ id: amendments.id, status: amendments.status })
			.from(amendments)
			.where(eq(amendments.decisionId, id));
		expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
			[first]: 'accepted',
			[second]: 'carried',
			[stale]: 'lapsed'
		});
		const versions = await db
			.select()
			.from(decisionVersions)
			.where(eq(decisionVersions.decisionId, id));
		expect(versions.map((v) => v.amendmentId)).toEqual([null, first, second]);
		// Closing the window opened the vote: the resolutions and the phase change, by no one, are
		// written while the command runs; the command's own event comes last, as every command's does.
		const log = await db
			.select({ type: events.type, actorId: events.actorId, data: events.data })
			.from(events)
			.where(eq(events.subjectId, id))
			.orderBy(asc(events.id));
		expect(log.slice(-4)).toEqual([
			{
				type: 'amendment.resolved',
				actorId: null,
				data: { amendmentId: second, status: 'carried' }
			},
			{ type: 'amendment.resolved', actorId: null, data: { amendmentId: stale, status: 'lapsed' } },
			{ type: 'decision.phase-changed', actorId: null, data: { from: 'amendments', to: 'voting' } },
			{ type: 'decision.amendments-closed', actorId: ana.id, data: {} }
		]);
		await expect(
			proposeAmendment(db, ben, id, { body: 'x', reason: 'late' })
		).rejects.toBeInstanceOf(Conflict);
	});

	it('closed during discussion: no more amendments, and voting follows the discussion', async () => {
		const [ana, ben] = people;
		const id = await createDecision(db, ana, draft());
		await submitDecision(db, ana, id);
		await closeAmendments(db, ana, id);
		await expect(
			proposeAmendment(db, ben, id, { body: 'Something else.', reason: 'Late' })
		).rejects.toMatchObject({ messageKey: 'amendment_error_closed' });
		const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
		expect(d).toMatchObject({ phase: 'discussion', amendmentsOpen: false });
		expect(d.amendmentsEndAt?.getTime()).toBe(d.discussionEndsAt?.getTime());
	});
});
