import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import {
	decisions,
	events,
	members,
	revisitPetitions,
	revisitSignatures
} from '$lib/server/db/schema';
import { Conflict, Forbidden, Gone } from '$lib/server/errors';
import { castBallot } from './ballots';
import { recordOutcome } from './commands';
import { fileMinorityReport, petitionRevisit, signMinorityReport, signPetition } from './dissent';
import { decisionPage, decisionRegister } from './queries';
import { close, inVoting, later, makeMembers, openWorld, type World } from './test-world';

let w: World;
let db: Db;
let people: Actor[];
/** More members, so a quarter of them is more than two signatures. */
let crowd: Actor[];

beforeAll(async () => {
	w = await openWorld();
	({ db, people } = w);
	crowd = await makeMembers(db, 20, 'crowd');
});
afterAll(() => w.conn.close());

/** A closed motion that passed: ana, ben and eve for it, cai and dee against, fay silent. */
async function passed(extra: Record<string, unknown> = {}) {
	const [ana, ben, cai, dee, eve] = people;
	const id = await inVoting(db, ana, extra);
	for (const p of [ana, ben, eve]) await castBallot(db, p, id, { vote: 'yes' });
	for (const p of [cai, dee]) await castBallot(db, p, id, { vote: 'no' });
	return id;
}

const petitionOf = async (id: number) => {
	const [p] = await db.select().from(revisitPetitions).where(eq(revisitPetitions.decisionId, id));
	const [{ n }] = await db
		.select({ n: count() })
		.from(revisitSignatures)
		.where(eq(revisitSignatures.petitionId, p.id));
	return { ...p, signatures: n };
};

describe('outcome and minority reports', () => {
	it('keep reports from the losing side, co-signed by members of the scope, within the window', async () => {
		const [ana, ben, cai, dee, , fay] = people;
		const id = await passed();
		await expect(
			fileMinorityReport(db, cai, id, { title: 'Too soon', body: 'We need more time.' })
		).rejects.toMatchObject({ messageKey: 'minority_error_not_closed' });
		await close(db, id);
		await recordOutcome(db, ana, id, { statement: 'Adopted as the interim Mission.' });
		await expect(recordOutcome(db, cai, id, { statement: 'x' })).rejects.toBeInstanceOf(Forbidden);
		// The winning side, and a member who did not vote, file nothing.
		for (const p of [ben, fay])
			await expect(fileMinorityReport(db, p, id, { title: 'x', body: 'y' })).rejects.toMatchObject({
				messageKey: 'minority_error_not_losing_side'
			});
		const report = await fileMinorityReport(db, cai, id, {
			title: 'Too soon',
			body: 'We need more time.'
		});
		// A signature says nothing about a ballot: a member who did not vote co-signs too.
		await expect(signMinorityReport(db, w.friend, id, report)).rejects.toBeInstanceOf(Forbidden);
		await signMinorityReport(db, dee, id, report);
		await signMinorityReport(db, fay, id, report);
		await expect(signMinorityReport(db, dee, id, report)).rejects.toMatchObject({
			messageKey: 'minority_error_signed'
		});
		await expect(signMinorityReport(db, dee, id, 999_999)).rejects.toMatchObject({
			messageKey: 'minority_error_not_found'
		});
		await expect(
			fileMinorityReport(db, cai, id, { title: 'Late', body: 'Too late' }, later(24 * 30))
		).rejects.toBeInstanceOf(Gone);
		await expect(signMinorityReport(db, dee, id, report, later(24 * 30))).rejects.toBeInstanceOf(
			Gone
		);
		const page = await decisionPage(db, null, 'en', id);
		expect(page.reports[0]).toMatchObject({
			title: 'Too soon',
			signers: { people: [{ id: cai.id }, { id: dee.id }, { id: fay.id }], unlisted: 0 }
		});
		// A co-signer who leaves the directory is counted, no longer named (but sees themself).
		await db.update(members).set({ inDirectory: false }).where(eq(members.id, fay.id));
		expect((await decisionPage(db, ben, 'en', id)).reports[0].signers).toMatchObject({
			people: [{ id: cai.id }, { id: dee.id }],
			unlisted: 1
		});
		expect((await decisionPage(db, fay, 'en', id)).reports[0].signers.unlisted).toBe(0);
		await db.update(members).set({ inDirectory: true }).where(eq(members.id, fay.id));
		expect(page.decision.outcomeStatement).toBe('Adopted as the interim Mission.');
	});
});

describe('petitions to revisit', () => {
	it('reopen a decision at the threshold, as a new linked proposal', async () => {
		const [, , cai, dee] = people;
		const id = await passed({ revisitPercent: '25' });
		await close(db, id);
		const petition = await petitionRevisit(db, cai, id, { reason: 'Circumstances changed' });
		await expect(petitionRevisit(db, dee, id, { reason: 'again' })).rejects.toMatchObject({
			messageKey: 'petition_error_exists'
		});
		await expect(signPetition(db, w.friend, id, petition)).rejects.toBeInstanceOf(Forbidden);
		await signPetition(db, dee, id, petition);
		await expect(signPetition(db, dee, id, petition)).rejects.toMatchObject({
			messageKey: 'petition_error_signed'
		});
		const p = await petitionOf(id);
		// Eligible: 8 people and 20 more; a quarter of them must sign.
		expect(p).toMatchObject({ signatures: 2, status: 'open', threshold: 7 });
		for (const s of crowd) {
			if ((await petitionOf(id)).status !== 'open') break;
			await signPetition(db, s, id, petition);
		}
		const reopened = await petitionOf(id);
		expect(reopened).toMatchObject({ status: 'reopened', signatures: 7 });
		await expect(signPetition(db, crowd[19], id, petition)).rejects.toMatchObject({
			messageKey: 'petition_error_reopened'
		});
		const [old] = await db.select().from(decisions).where(eq(decisions.id, id));
		const [fresh] = await db
			.select()
			.from(decisions)
			.where(eq(decisions.id, reopened.reopenedAsId!));
		expect(fresh).toMatchObject({ revisitOfId: id, phase: 'discussion', body: old.body });
		const [event] = await db
			.select()
			.from(events)
			.where(and(eq(events.type, 'decision.reopened'), eq(events.subjectId, fresh.id)));
		expect(event).toMatchObject({ actorId: null, data: { revisits: id, petitionId: petition } });
	});

	it('two petitions opened at once: one petition, the other told to sign it', async () => {
		const [, , cai, dee] = people;
		const id = await passed();
		await close(db, id);
		const results = await Promise.allSettled([
			petitionRevisit(db, cai, id, { reason: 'Circumstances changed' }),
			petitionRevisit(db, dee, id, { reason: 'The facts were wrong' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(refused.reason).toBeInstanceOf(Conflict);
		expect(refused.reason).toMatchObject({ messageKey: 'petition_error_exists' });
		const rows = await db
			.select({ n: count() })
			.from(revisitPetitions)
			.where(eq(revisitPetitions.decisionId, id));
		expect(rows[0].n).toBe(1);
	});
});

describe('run-off and register', () => {
	it('runs a compromise run-off after a positions poll', async () => {
		const [ana, ben, cai] = people;
		const id = await inVoting(db, ana, {
			ballotType: 'choice',
			method: 'schulze',
			template: 'compromise-runoff',
			options: 'Federation\nCentralism\nNetwork'
		});
		const opts = (await decisionPage(db, ana, 'en', id)).options;
		await castBallot(db, ben, id, { [`rank_${opts[2].id}`]: '1' });
		await castBallot(db, cai, id, { [`rank_${opts[2].id}`]: '1', [`rank_${opts[0].id}`]: '2' });
		await close(db, id);
		const page = await decisionPage(db, ana, 'en', id);
		const runoff = page.related.find((r) => r.stage === 'runoff');
		expect(runoff).toBeUndefined(); // a draft is not listed until its authors submit it
		const [row] = await db.select().from(decisions).where(eq(decisions.followsId, id));
		expect(row).toMatchObject({ stage: 'runoff', phase: 'draft', ballotType: 'choice' });
		const r = await decisionPage(db, ana, 'en', row.id);
		expect(r.options.map((o) => o.label)).toEqual(['The compromise text', 'Network']);
		const [opened] = await db
			.select()
			.from(events)
			.where(and(eq(events.type, 'decision.runoff-opened'), eq(events.subjectId, row.id)));
		expect(opened).toMatchObject({ actorId: null, data: { follows: id } });
	});

	it('lists and searches the register', async () => {
		const all = await decisionRegister(db, null, 'en', {});
		expect(all.decisions.length).toBeGreaterThan(3);
		expect(all.decisions.every((d) => d.phase !== 'draft')).toBe(true);
		const found = await decisionRegister(db, null, 'en', { q: 'Mission', phase: 'closed' });
		expect(found.decisions.length).toBeGreaterThan(0);
		expect(found.decisions.every((d) => d.phase === 'closed')).toBe(true);
		const bad = await decisionRegister(db, null, 'en', { phase: 'nonsense', scope: 'x' });
		expect(bad.filter.phase).toBeUndefined();
	});
});
