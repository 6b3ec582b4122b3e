import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '$lib/domain/members/actor';
import { actorFor } from '$lib/server/db/testing';
import {
	amendments,
	ballots,
	decisions,
	members,
	minorityReports,
	minorityReportSignatures,
	revisitPetitions,
	stakeDeclarations
} from '$lib/server/db/schema';
import { Forbidden } from '$lib/server/errors';
import { proposeAmendment } from './amendments';
import { castBallot, declareStake } from './ballots';
import { createDecision, submitDecision } from './commands';
import { fileMinorityReport, petitionRevisit, signMinorityReport } from './dissent';
import { close, draft, inVoting, makeMembers, openWorld, type World } from './test-world';

/**
 * A lapsed member keeps what they wrote but takes part in nothing until they confirm they are
 * back. Their actor comes from the real loader with `lapsed_at` set, so the policy sees the lapse
 * (a hand-made `{ id, tier }` never did).
 */
let w: World;
let lapsed: Actor;
const rows = async (table: PgTable) => (await w.db.select({ n: count() }).from(table))[0].n;

async function lapse(actor: Actor): Promise<Actor> {
	await w.db.update(members).set({ lapsedAt: new Date() }).where(eq(members.id, actor.id));
	return actorFor(w.db, actor.id);
}

beforeAll(async () => {
	w = await openWorld();
	[lapsed] = await makeMembers(w.db, 1, 'gone', { lapsedAt: new Date() });
	expect(lapsed.lapsed).toBe(true);
});
afterAll(() => w.conn.close());

describe('a lapsed member', () => {
	it('may not propose a decision', async () => {
		const before = await rows(decisions);
		await expect(createDecision(w.db, lapsed, draft())).rejects.toBeInstanceOf(Forbidden);
		expect(await rows(decisions)).toBe(before);
	});

	it('may not vote', async () => {
		const id = await inVoting(w.db, w.people[0]);
		await expect(castBallot(w.db, lapsed, id, { vote: 'yes' })).rejects.toBeInstanceOf(Forbidden);
		expect(await rows(ballots)).toBe(0);
	});

	it('may not amend or declare a stake', async () => {
		const [ana] = w.people;
		const id = await createDecision(w.db, ana, draft({ weighting: 'stake' }));
		await submitDecision(w.db, ana, id);
		await expect(
			proposeAmendment(w.db, lapsed, id, { body: 'Another text.', reason: 'Shorter' })
		).rejects.toBeInstanceOf(Forbidden);
		await expect(
			declareStake(w.db, lapsed, id, { level: '3', reason: 'It changes my work' })
		).rejects.toBeInstanceOf(Forbidden);
		expect(await rows(amendments)).toBe(0);
		expect(await rows(stakeDeclarations)).toBe(0);
	});

	it('may not petition, nor file or sign a minority report, even from the losing side', async () => {
		const [cai, dee] = await makeMembers(w.db, 2, 'loser');
		const id = await inVoting(w.db, w.people[0]);
		for (const p of w.people.slice(0, 3)) await castBallot(w.db, p, id, { vote: 'yes' });
		await castBallot(w.db, cai, id, { vote: 'no' });
		await castBallot(w.db, dee, id, { vote: 'no' });
		await close(w.db, id);
		const report = await fileMinorityReport(w.db, cai, id, { title: 'Too soon', body: 'Wait.' });
		// Both voted no, then lapsed.
		const [gone, goneToo] = [await lapse(cai), await lapse(dee)];
		await expect(
			fileMinorityReport(w.db, gone, id, { title: 'Again', body: 'Still too soon.' })
		).rejects.toBeInstanceOf(Forbidden);
		await expect(signMinorityReport(w.db, goneToo, id, report)).rejects.toBeInstanceOf(Forbidden);
		await expect(
			petitionRevisit(w.db, gone, id, { reason: 'Circumstances changed' })
		).rejects.toBeInstanceOf(Forbidden);
		expect(await rows(minorityReports)).toBe(1);
		expect(await rows(minorityReportSignatures)).toBe(1);
		expect(await rows(revisitPetitions)).toBe(0);
	});
});
