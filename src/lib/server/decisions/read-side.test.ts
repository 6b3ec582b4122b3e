import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Connection, Db } from '$lib/server/db/client';
import { decisions, members } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { advanceDecision } from './advance';
import { castBallot } from './ballots';
import { createDecision, submitDecision } from './commands';
import { proposeAmendment } from './amendments';
import { amendmentsPage, decisionPage, decisionTitle } from './decision-page';
import { decisionListResource, decisionResource } from './resource';
import { storedResult } from './results';

const ORIGIN = 'https://plenary.example.org';
let conn: Connection;
let db: Db;
let ana: Actor;
let ben: Actor;
let cai: Actor;

const later = (hours: number) => new Date(Date.now() + hours * 3_600_000);
const draft = (extra: Record<string, unknown> = {}) => ({
	title: 'Rotate the minutes',
	summary: 'Everyone takes a turn.',
	body: 'We meet every month.\nEveryone takes a turn at the minutes.',
	scope: 'organisation',
	ballotType: 'motion',
	discussionDays: '1',
	amendmentDays: '1',
	votingDays: '1',
	...extra
});
async function submitted(extra: Record<string, unknown> = {}) {
	const id = await createDecision(db, ana, draft(extra));
	await submitDecision(db, ana, id);
	return id;
}
async function inVoting(extra: Record<string, unknown> = {}) {
	const id = await submitted(extra);
	await advanceDecision(db, id, later(48.5));
	return id;
}
const close = (id: number) => advanceDecision(db, id, later(24 * 10));

beforeAll(async () => {
	conn = await createTestDatabase();
	db = conn.db;
	const rows = await db
		.insert(members)
		.values(
			['rsa', 'rsb', 'rsc'].map((handle) => ({
				email: `${handle}@example.net`,
				passwordHash: 'x',
				handle,
				displayName: `Reader ${handle}`,
				country: 'BR',
				tier: 'member' as const,
				emailVerifiedAt: new Date()
			}))
		)
		.returning({ id: members.id });
	[ana, ben, cai] = await Promise.all(rows.map((r) => actorFor(db, r.id)));
});
afterAll(() => conn.close());

describe('the stored result', () => {
	it('is parsed by one schema: absent before the close, refused when malformed', () => {
		expect(storedResult({ id: 1, result: null })).toBeNull();
		const report = { method: 'threshold', winners: [], totalBallots: 2, tally: { yes: 2 } };
		const r = storedResult({
			id: 1,
			result: { raw: report, weighted: report, winner: null, turnout: 2, quorumRequired: null }
		});
		expect(r).toMatchObject({ turnout: 2, winner: null, options: [] });
		expect((r!.raw as unknown as { tally: object }).tally).toEqual({ yes: 2 });
		expect(() => storedResult({ id: 1, result: { raw: report } })).toThrow(/decision 1/);
	});

	it('is what a closed decision page and the API both show', async () => {
		const id = await inVoting();
		await castBallot(db, ben, id, { vote: 'yes' });
		await close(id);
		const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
		const stored = storedResult(row)!;
		const page = await decisionPage(db, null, 'en', id);
		const api = await decisionResource(db, null, 'en', ORIGIN, id);
		expect(page.results).toMatchObject({ live: false, turnout: stored.turnout });
		expect(page.results!.weighted).toEqual(stored.weighted);
		expect(api.result).toMatchObject({ live: false, outcome: row.outcome, turnout: 1 });
		expect(api.result!.raw).toEqual(stored.raw);
		expect(page.turnout).toMatchObject({ ballots: 1 });
		expect(api.turnout).toEqual(page.turnout);
	});
});

describe('the API resource', () => {
	it('is plain data: no page flags, absolute links, the fields a client needs', async () => {
		const id = await inVoting({ ballotType: 'choice', method: 'schulze', options: 'Tue\nSat' });
		const r = await decisionResource(db, ben, 'en', ORIGIN, id);
		expect(Object.keys(r).sort()).toEqual(
			[
				'affectedGroups',
				'authors',
				'ballotType',
				'body',
				'dates',
				'files',
				'follows',
				'id',
				'language',
				'method',
				'options',
				'outcome',
				'outcomeStatement',
				'phase',
				'result',
				'resultsHiddenUntilClose',
				'revisitOf',
				'rules',
				'scope',
				'secret',
				'stage',
				'summary',
				'title',
				'turnout',
				'unlinkable',
				'url',
				'version',
				'weighting'
			].sort()
		);
		expect(r).toMatchObject({
			id,
			url: `${ORIGIN}/decisions/${id}-rotate-the-minutes`,
			phase: 'voting',
			ballotType: 'choice',
			method: 'schulze',
			weighting: 'equal',
			secret: false,
			scope: { kind: 'organisation' },
			authors: [{ handle: 'rsa', url: `${ORIGIN}/@rsa` }],
			options: [{ label: 'Tue' }, { label: 'Sat' }],
			turnout: { ballots: 0 },
			files: null
		});
		expect(r.dates.votingEndsAt).toBeInstanceOf(Date);
		// Live results of an open count while voting.
		expect(r.result).toMatchObject({ live: true, outcome: null });
		const json = JSON.stringify(r);
		for (const flag of ['"me"', '"may"', '"can', '"show', '"isAuthor"', '"isEligible"', 'receipt'])
			expect(json).not.toContain(flag);
	});

	it('does not find a draft for anyone but its authors, in one decision or the list', async () => {
		const id = await createDecision(db, ana, draft({ title: 'A quiet draft' }));
		await expect(decisionResource(db, ben, 'en', ORIGIN, id)).rejects.toBeInstanceOf(NotFound);
		await expect(decisionResource(db, null, 'en', ORIGIN, id)).rejects.toBeInstanceOf(NotFound);
		expect((await decisionResource(db, ana, 'en', ORIGIN, id)).phase).toBe('draft');
		const list = await decisionListResource(db, ana, 'en', ORIGIN, {});
		expect(list.decisions.map((d) => d.id)).not.toContain(id);
		expect(list.decisions.every((d) => d.url.startsWith(`${ORIGIN}/decisions/`))).toBe(true);
		expect(Object.keys(list).sort()).toEqual(['decisions', 'next']);
	});

	it('leaves hidden results out until the close, then gives them with the winner', async () => {
		const id = await inVoting({
			ballotType: 'choice',
			method: 'schulze',
			options: 'North\nSouth',
			secret: 'on',
			hideResults: 'on'
		});
		const [north, south] = (await decisionResource(db, ana, 'en', ORIGIN, id)).options;
		await castBallot(db, ben, id, { [`rank_${north.id}`]: '1', [`rank_${south.id}`]: '2' });
		await castBallot(db, cai, id, { [`rank_${north.id}`]: '1' });
		for (const viewer of [null, ana, ben]) {
			const during = await decisionResource(db, viewer, 'en', ORIGIN, id);
			expect(during.result).toBeNull();
			expect(during.turnout).toMatchObject({ ballots: 2 });
			expect(JSON.stringify(during)).not.toMatch(/winners|"raw"|"weighted"/);
		}
		await close(id);
		const after = await decisionResource(db, null, 'en', ORIGIN, id);
		expect(after.result).toMatchObject({
			live: false,
			outcome: 'chosen',
			winner: { id: north.id, label: 'North' }
		});
		expect(after.files).toEqual({
			json: `${after.url}/ballots.json`,
			blt: `${after.url}/ballots.blt`
		});
	});
});

describe('the pages', () => {
	it('each read only their sections, authorised as the decision is', async () => {
		const id = await createDecision(db, ana, draft({ title: 'Page sections' }));
		const own = await decisionPage(db, ana, 'en', id);
		expect(own.turnout).toBeNull();
		expect(own.results).toBeNull();
		expect(own.me.may).toMatchObject({ submit: true, edit: true, vote: false });
		await expect(decisionPage(db, ben, 'en', id)).rejects.toBeInstanceOf(NotFound);
		await expect(decisionTitle(db, null, id)).rejects.toBeInstanceOf(NotFound);
		await expect(amendmentsPage(db, ben, id)).rejects.toBeInstanceOf(NotFound);

		await submitDecision(db, ana, id);
		await proposeAmendment(db, ben, id, {
			body: 'We meet every month.\nEveryone takes a turn at the minutes, in order.',
			reason: 'A fair order.'
		});
		const page = await decisionPage(db, ben, 'en', id);
		expect(page.amendments).toEqual({ total: 1, pending: 1 });
		expect(page.me.may).toMatchObject({ submit: false, edit: false, closeAmendments: false });
		const amend = await amendmentsPage(db, ben, id);
		expect(amend.amendments).toHaveLength(1);
		expect(amend.amendments[0]).toMatchObject({ isMine: true, status: 'open' });
		expect(amend.amendments[0].stats.added).toBeGreaterThan(0);
		expect(amend.me.may).toMatchObject({ amend: true, resolveAmendment: false });
		expect((await amendmentsPage(db, ana, id)).me.may.resolveAmendment).toBe(true);
		expect(await decisionTitle(db, null, id)).toMatchObject({ id, title: 'Page sections' });
	});
});
