import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { and, count, eq, isNull } from 'drizzle-orm';
import { createTestDatabase } from '$lib/server/db/testing';
import type { Connection, Db } from '$lib/server/db/client';
import {
	amendments,
	ballots,
	chapterMemberships,
	chapters,
	decisions,
	decisionVersions,
	events,
	members,
	projectMembers,
	projects
} from '$lib/server/db/schema';
import { Conflict, Forbidden, Gone, Invalid, NotFound } from '$lib/server/errors';
import { advanceDecision } from './advance';
import {
	acceptAmendment,
	closeAmendments,
	proposeAmendment,
	putAmendmentToVote,
	voteOnAmendment,
	withdrawAmendment
} from './amendments';
import { castBallot, declareStake } from './ballots';
import {
	addCoauthor,
	createDecision,
	recordOutcome,
	reviseDecision,
	submitDecision
} from './commands';
import { fileMinorityReport, petitionRevisit, signMinorityReport, signPetition } from './dissent';
import { ballotByReceipt, publishedBallots, publishedBlt } from './publication';
import { decisionPage, decisionRegister, decisionVersionsPage, notYetVoted } from './queries';
import { suggestScope } from './scopes';

type Actor = { id: number; tier: string };
let conn: Connection;
let db: Db;
let people: Actor[];
let friend: Actor;
let chapterId: number;
let countryId: number;

const later = (hours: number) => new Date(Date.now() + hours * 3_600_000);

async function makeMembers(n: number, prefix: string, tier = 'member') {
	const rows = await db
		.insert(members)
		.values(
			Array.from({ length: n }, (_, i) => ({
				email: `${prefix}${i}@example.net`,
				passwordHash: 'x',
				handle: `${prefix}${i}`,
				displayName: `${prefix.toUpperCase()} ${i}`,
				country: 'BR',
				tier,
				emailVerifiedAt: new Date()
			}))
		)
		.returning({ id: members.id, tier: members.tier });
	return rows;
}

function draft(extra: Record<string, unknown> = {}) {
	return {
		title: 'Adopt the interim Mission',
		summary: 'Our shared purpose.',
		body: 'We build a participatory society.\nWe share work fairly.\nWe decide together.',
		scope: 'organisation',
		ballotType: 'motion',
		discussionDays: '1',
		amendmentDays: '1',
		votingDays: '1',
		...extra
	};
}

/** Create, submit and move a decision on to voting. */
async function inVoting(author: Actor, extra: Record<string, unknown> = {}) {
	const id = await createDecision(db, author, draft(extra));
	await submitDecision(db, author, id);
	await advanceDecision(db, id, later(48.5));
	const [d] = await db
		.select({ phase: decisions.phase })
		.from(decisions)
		.where(eq(decisions.id, id));
	expect(d.phase).toBe('voting');
	return id;
}
const close = (id: number) => advanceDecision(db, id, later(24 * 10));
const currentBallots = async (id: number) =>
	(
		await db
			.select({ n: count() })
			.from(ballots)
			.where(and(eq(ballots.decisionId, id), isNull(ballots.supersededAt)))
	)[0].n;

beforeAll(async () => {
	conn = await createTestDatabase();
	db = conn.db;
	people = await makeMembers(8, 'p');
	[friend] = await makeMembers(1, 'friend', 'friend');
	const [root] = await db
		.select({ id: chapters.id })
		.from(chapters)
		.where(isNull(chapters.parentId));
	const rootId =
		root?.id ??
		(
			await db
				.insert(chapters)
				.values({ kind: 'organisation', name: 'Org', slug: 'org-test' })
				.returning({ id: chapters.id })
		)[0].id;
	[{ id: countryId }] = await db
		.insert(chapters)
		.values({ kind: 'country', name: 'Brasil', slug: 'br-test', country: 'BR', parentId: rootId })
		.returning({ id: chapters.id });
	[{ id: chapterId }] = await db
		.insert(chapters)
		.values({
			kind: 'local',
			name: 'Recife',
			slug: 'recife-dtest',
			country: 'BR',
			city: 'Recife',
			parentId: countryId
		})
		.returning({ id: chapters.id });
	// p0, p1, p2 are in Recife.
	await db
		.insert(chapterMemberships)
		.values(people.slice(0, 3).map((p) => ({ chapterId, memberId: p.id })));
});
afterAll(() => conn.close());

describe('proposals', () => {
	it('go from draft through every phase, with versions and co-authors', async () => {
		const [ana, ben] = people;
		const id = await createDecision(db, ana, draft());
		// A draft is only the authors'.
		await expect(decisionPage(db, ben, 'en', id)).rejects.toBeInstanceOf(NotFound);
		await addCoauthor(db, ana, id, { handle: '@p1' });
		await submitDecision(db, ben, id);
		await expect(submitDecision(db, ana, id)).rejects.toBeInstanceOf(Forbidden);
		await reviseDecision(db, ben, id, {
			title: 'Adopt the interim Mission',
			body: 'We build a participatory society.\nWe share work fairly.\nWe decide together, openly.',
			note: 'clarity'
		});
		const v = await decisionVersionsPage(db, null, id);
		expect(v.versions.map((x) => x.version)).toEqual([1, 2]);
		expect(
			v.diff
				.filter((s) => s.op === 'insert')
				.map((s) => s.text)
				.join('')
		).toContain('openly');
		expect(await advanceDecision(db, id, later(1))).toBe(0);
		expect(await advanceDecision(db, id, later(100))).toBe(3);
		const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
		expect(d.phase).toBe('closed');
		expect(d.outcome).toBe('no-quorum');
	});

	it('suggests the smallest scope containing the affected groups', async () => {
		expect(await suggestScope(db, [`chapter:${chapterId}`])).toBe(`chapter:${chapterId}`);
		expect(await suggestScope(db, [`chapter:${chapterId}`, `chapter:${countryId}`])).toBe(
			`chapter:${countryId}`
		);
		expect(await suggestScope(db, [])).toBe('organisation');
	});

	it('refuse bad input with field errors and write nothing', async () => {
		const before = (await db.select({ n: count() }).from(decisions))[0].n;
		await expect(createDecision(db, people[0], draft({ title: '' }))).rejects.toBeInstanceOf(
			Invalid
		);
		await expect(
			createDecision(db, people[0], draft({ ballotType: 'choice', options: 'Only one' }))
		).rejects.toMatchObject({ fields: { options: 'decision_error_options_few' } });
		await expect(
			createDecision(db, people[0], draft({ scope: 'chapter:999999' }))
		).rejects.toMatchObject({ fields: { scope: 'decision_error_unknown_scope' } });
		await expect(
			createDecision(db, people[5], draft({ scope: `chapter:${chapterId}` }))
		).rejects.toMatchObject({ fields: { scope: 'decision_error_not_in_scope' } });
		await expect(createDecision(db, people[0], draft({ votingDays: '-3' }))).rejects.toBeInstanceOf(
			Invalid
		);
		await expect(createDecision(db, friend, draft())).rejects.toBeInstanceOf(Forbidden);
		expect((await db.select({ n: count() }).from(decisions))[0].n).toBe(before);
	});
});

describe('strangers', () => {
	it('cannot revise, add co-authors, resolve, withdraw or close, nor declare a stake outside the scope', async () => {
		const [ana, ben, cai] = people;
		const draftId = await createDecision(db, ana, draft());
		await expect(addCoauthor(db, ben, draftId, { handle: 'p2' })).rejects.toBeInstanceOf(NotFound);
		const id = await createDecision(
			db,
			ana,
			draft({ scope: `chapter:${chapterId}`, weighting: 'stake' })
		);
		await submitDecision(db, ana, id);
		const text = { title: 'Taken over', body: 'Someone else wrote this.' };
		await expect(reviseDecision(db, ben, id, text)).rejects.toBeInstanceOf(Forbidden);
		await expect(addCoauthor(db, ben, id, { handle: 'p2' })).rejects.toBeInstanceOf(Forbidden);
		const amendment = await proposeAmendment(db, ben, id, {
			body: 'Another text.',
			reason: 'Shorter'
		});
		await expect(putAmendmentToVote(db, cai, id, amendment)).rejects.toBeInstanceOf(Forbidden);
		await expect(withdrawAmendment(db, cai, id, amendment)).rejects.toBeInstanceOf(Forbidden);
		await expect(closeAmendments(db, ben, id)).rejects.toBeInstanceOf(Forbidden);
		await expect(
			declareStake(db, people[6], id, { level: '3', reason: 'Curious' })
		).rejects.toBeInstanceOf(Forbidden);
		const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
		expect(d).toMatchObject({ version: 1, amendmentsOpen: true, title: draft().title });
		const [a] = await db.select().from(amendments).where(eq(amendments.id, amendment));
		expect(a.status).toBe('open');
	});
});

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
		// The third touched the same line as the first: it no longer applies.
		await expect(acceptAmendment(db, ana, id, stale)).rejects.toBeInstanceOf(Conflict);
		await putAmendmentToVote(db, ana, id, second);
		await advanceDecision(db, id, later(24.5)); // into the amendments phase
		for (const p of [ben, cai, dee]) await voteOnAmendment(db, p, id, second, { vote: 'yes' });
		await voteOnAmendment(db, ana, id, second, { vote: 'no' });
		await expect(voteOnAmendment(db, friend, id, second, { vote: 'yes' })).rejects.toBeInstanceOf(
			Forbidden
		);
		await closeAmendments(db, ana, id);
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
		await expect(
			proposeAmendment(db, ben, id, { body: 'x', reason: 'late' })
		).rejects.toBeInstanceOf(Conflict);
	});
});

describe('ballots', () => {
	it('count a changed vote once, keep its history, and refuse the ineligible', async () => {
		const [ana, ben, cai] = people;
		const id = await inVoting(ana, { scope: `chapter:${chapterId}`, quorumPercent: '50' });
		await castBallot(db, ben, id, { vote: 'no' });
		const changed = await castBallot(db, ben, id, { vote: 'yes', reason: 'Persuaded' });
		expect(changed.changed).toBe(true);
		await castBallot(db, cai, id, { vote: 'yes' });
		await expect(castBallot(db, people[5], id, { vote: 'yes' })).rejects.toMatchObject({
			messageKey: 'ballot_error_not_eligible'
		});
		await expect(castBallot(db, friend, id, { vote: 'yes' })).rejects.toBeInstanceOf(Forbidden);
		await expect(castBallot(db, ana, id, { vote: 'maybe' })).rejects.toMatchObject({
			fields: { vote: 'ballot_error_choose' }
		});
		expect(await currentBallots(id)).toBe(2);
		const all = await db.select().from(ballots).where(eq(ballots.decisionId, id));
		expect(all).toHaveLength(3);
		const page = await decisionPage(db, ben, 'en', id);
		expect(page.me.changes).toBe(1);
		expect(page.turnout).toMatchObject({ ballots: 2, eligible: 3, quorumRequired: 2 });
		const reminders = await notYetVoted(db, ben, id);
		expect(reminders.members.map((m) => m.id)).toEqual([ana.id]);
		await expect(notYetVoted(db, people[6], id)).rejects.toBeInstanceOf(NotFound);
		await close(id);
		await expect(castBallot(db, ana, id, { vote: 'yes' })).rejects.toMatchObject({
			messageKey: 'ballot_error_closed'
		});
		expect(await currentBallots(id)).toBe(2);
		const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
		expect(d.outcome).toBe('passes');
		// Open ballot: each voter's choice and reason are public.
		const after = await decisionPage(db, null, 'en', id);
		expect(after.openBallots.find((b) => b.id === ben.id)).toMatchObject({
			choice: { vote: 'yes' },
			reason: 'Persuaded'
		});
	});

	it('in a project scope, only its current members vote; the scope is suggested from the project', async () => {
		const [ana, ben, cai] = people;
		const [project] = await db
			.insert(projects)
			.values({ title: 'Community kitchen', goals: 'Cook together', proposedBy: ana.id, chapterId })
			.returning({ id: projects.id });
		await db.insert(projectMembers).values([
			{ projectId: project.id, memberId: ana.id, role: 'coordinator' },
			{ projectId: project.id, memberId: ben.id },
			{ projectId: project.id, memberId: cai.id, leftAt: new Date() }
		]);
		expect(await suggestScope(db, [`project:${project.id}`])).toBe(`project:${project.id}`);
		expect(await suggestScope(db, [`project:${project.id}`, `chapter:${countryId}`])).toBe(
			`chapter:${countryId}`
		);
		const id = await inVoting(ana, { scope: `project:${project.id}` });
		await castBallot(db, ben, id, { vote: 'yes' });
		await expect(castBallot(db, cai, id, { vote: 'yes' })).rejects.toMatchObject({
			messageKey: 'ballot_error_not_eligible'
		});
		await expect(castBallot(db, people[6], id, { vote: 'yes' })).rejects.toMatchObject({
			messageKey: 'ballot_error_not_eligible'
		});
		expect((await decisionPage(db, ana, 'en', id)).turnout).toMatchObject({
			ballots: 1,
			eligible: 2
		});
		await expect(
			createDecision(db, cai, draft({ scope: `project:${project.id}` }))
		).rejects.toMatchObject({ fields: { scope: 'decision_error_not_in_scope' } });
	});

	it('refuse rankings with repeats and unknown options, changing nothing', async () => {
		const id = await inVoting(people[0], {
			ballotType: 'choice',
			method: 'schulze',
			options: 'Keep\nChange\nPostpone'
		});
		const page = await decisionPage(db, people[0], 'en', id);
		const [a, b] = page.options.map((o) => o.id);
		await expect(
			castBallot(db, people[1], id, { [`rank_${a}`]: '1', [`rank_${b}`]: '1' })
		).rejects.toMatchObject({ fields: { options: 'ballot_error_rank_repeat' } });
		await expect(castBallot(db, people[1], id, { rank_99999: '1' })).rejects.toMatchObject({
			fields: { options: 'ballot_error_unknown_option' }
		});
		expect(await currentBallots(id)).toBe(0);
		await castBallot(db, people[1], id, { [`rank_${b}`]: '1', [`rank_${a}`]: '2' });
		expect(await currentBallots(id)).toBe(1);
	});

	it('weigh by group and by declared stake, showing raw and weighted figures', async () => {
		const [ana, ben, cai, dee, eve] = people;
		const grouped = await inVoting(ana, {
			weighting: 'group',
			groupFactor: '3',
			affected: [`chapter:${chapterId}`]
		});
		await castBallot(db, ana, grouped, { vote: 'yes' }); // in Recife: weight 3
		for (const p of [dee, eve]) await castBallot(db, p, grouped, { vote: 'no' });
		await close(grouped);
		const g = await decisionPage(db, null, 'en', grouped);
		expect((g.results!.raw as { tally: object }).tally).toEqual({ yes: 1, no: 2, abstain: 0 });
		expect((g.results!.weighted as { tally: object }).tally).toEqual({ yes: 3, no: 2, abstain: 0 });
		expect(g.decision.outcome).toBe('passes');

		const staked = await inVoting(ana, { weighting: 'stake', stakeLevels: '5' });
		await declareStake(db, ben, staked, {
			level: '5',
			reason: 'I run the chapter that this changes'
		});
		await expect(
			declareStake(db, cai, staked, { level: '9', reason: 'Too much' })
		).rejects.toMatchObject({ fields: { level: 'stake_error_out_of_scale' } });
		await expect(
			declareStake(db, cai, staked, { level: '0', reason: 'None' })
		).rejects.toBeInstanceOf(Invalid);
		const cast = await castBallot(db, ben, staked, { vote: 'no' });
		expect(cast.weight).toBe(5);
		// Changing the stake later does not change a ballot already cast.
		await declareStake(db, ben, staked, { level: '1', reason: 'On reflection, hardly' });
		await castBallot(db, cai, staked, { vote: 'yes' });
		await castBallot(db, dee, staked, { vote: 'yes' });
		await close(staked);
		const s = await decisionPage(db, null, 'en', staked);
		expect((s.results!.weighted as { tally: object }).tally).toEqual({ yes: 2, no: 5, abstain: 0 });
		expect(s.decision.outcome).toBe('fails');
		expect(s.stakes[0]).toMatchObject({ level: 1, reason: 'On reflection, hardly' });
	});

	it('keep secret choices secret, give receipts, and publish ballots that recount with the CLI', async () => {
		const [ana, ben, cai, dee] = people;
		const id = await inVoting(ana, {
			ballotType: 'choice',
			method: 'schulze',
			options: 'North\nSouth\nEast',
			secret: 'on',
			hideResults: 'on'
		});
		const opts = (await decisionPage(db, ana, 'en', id)).options.map((o) => o.id);
		const receipts: string[] = [];
		for (const [p, ranks] of [
			[ben, [1, 2, 3]],
			[cai, [2, 1, 3]],
			[dee, [1, 3, 2]]
		] as const) {
			const r = await castBallot(
				db,
				p,
				id,
				Object.fromEntries(opts.map((o, i) => [`rank_${o}`, String(ranks[i])]))
			);
			expect(r.receipt).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
			receipts.push(r.receipt!);
		}
		const during = await decisionPage(db, cai, 'en', id);
		expect(during.results).toBeNull();
		expect(during.openBallots).toEqual([]);
		expect(JSON.stringify(during)).not.toContain(receipts[0]);
		await expect(publishedBallots(db, id)).rejects.toBeInstanceOf(Conflict);
		await close(id);
		const after = await decisionPage(db, null, 'en', id);
		expect(after.openBallots).toEqual([]);
		expect(after.results!.weighted).toMatchObject({ winners: ['North'] });
		const file = await publishedBallots(db, id);
		expect(file.ballots.map((b) => b.receipt).sort()).toEqual([...receipts].sort());
		expect(JSON.stringify(file)).not.toMatch(/"voter|p1|P 1/);
		const found = await ballotByReceipt(db, id, receipts[1].toLowerCase().replaceAll('-', ' '));
		expect(found).toMatchObject({
			counted: true,
			choice: { ranking: [[opts[1]], [opts[0]], [opts[2]]] }
		});
		await expect(ballotByReceipt(db, id, 'ZZZZ-ZZZZ-ZZZZ')).rejects.toBeInstanceOf(NotFound);

		const dir = await mkdtemp(join(tmpdir(), 'plenary-recount-'));
		await writeFile(join(dir, 'ballots.json'), JSON.stringify(file));
		await writeFile(join(dir, 'ballots.blt'), await publishedBlt(db, id));
		const run = promisify(execFile);
		const viaJson = JSON.parse(
			(await run('npx', ['tsx', 'scripts/tally.ts', join(dir, 'ballots.json')])).stdout
		);
		expect(viaJson.winners).toEqual(
			after.results!.weighted && (after.results!.weighted as { winners: string[] }).winners
		);
		expect(viaJson.order).toEqual((after.results!.weighted as { order: unknown }).order);
		const viaBlt = JSON.parse(
			(
				await run('npx', [
					'tsx',
					'scripts/tally.ts',
					join(dir, 'ballots.blt'),
					'--method',
					'schulze',
					'--seed',
					file.seed
				])
			).stdout
		);
		expect(viaBlt.winners).toEqual(['North']);
	});
});

describe('integrity under load', () => {
	it('2,000 concurrent ballots: none lost, none counted twice', async () => {
		const voters = await makeMembers(2000, 'load');
		const id = await inVoting(people[0], { ballotType: 'consent' });
		const results = await Promise.allSettled(
			voters.map((v, i) => castBallot(db, v, id, { vote: i % 10 === 0 ? 'disagree' : 'agree' }))
		);
		expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
		// The same voter, twenty times at once: one current ballot.
		await Promise.all(
			Array.from({ length: 20 }, () => castBallot(db, voters[0], id, { vote: 'agree' }))
		);
		expect(await currentBallots(id)).toBe(2000);
		await close(id);
		const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
		expect((d.result as { raw: { tally: object } }).raw.tally).toEqual({
			agree: 1801,
			abstain: 0,
			disagree: 199,
			block: 0
		});
	}, 240_000);

	it('no ballot is accepted after the close, even when they race', async () => {
		const voters = await makeMembers(200, 'race');
		const id = await inVoting(people[0]);
		const casts = voters.map((v) => castBallot(db, v, id, { vote: 'yes' }));
		// Two scheduler processes closing at once: one closes, the other finds it closed.
		const closing = Promise.all([close(id), close(id)]);
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
		expect(await currentBallots(id)).toBe(accepted);
		const closes = await db
			.select({ n: count() })
			.from(events)
			.where(and(eq(events.type, 'decision.closed'), eq(events.subjectId, id)));
		expect(closes[0].n).toBe(1);
	}, 120_000);
});

describe('outcome, dissent and revisit', () => {
	it('keeps minority reports from the losing side and reopens a decision at the petition threshold', async () => {
		const [ana, ben, cai, dee, eve] = people;
		const id = await inVoting(ana, { revisitPercent: '25' });
		await castBallot(db, ana, id, { vote: 'yes' });
		await castBallot(db, ben, id, { vote: 'yes' });
		await castBallot(db, cai, id, { vote: 'no' });
		await expect(
			fileMinorityReport(db, cai, id, { title: 'Too soon', body: 'We need more time.' })
		).rejects.toMatchObject({ messageKey: 'minority_error_not_closed' });
		await close(id);
		await recordOutcome(db, ana, id, { statement: 'Adopted as the interim Mission.' });
		await expect(recordOutcome(db, cai, id, { statement: 'x' })).rejects.toBeInstanceOf(Forbidden);
		await expect(fileMinorityReport(db, ben, id, { title: 'x', body: 'y' })).rejects.toBeInstanceOf(
			Forbidden
		);
		await expect(fileMinorityReport(db, dee, id, { title: 'x', body: 'y' })).rejects.toBeInstanceOf(
			Forbidden
		);
		const report = await fileMinorityReport(db, cai, id, {
			title: 'Too soon',
			body: 'We need more time.'
		});
		await signMinorityReport(db, dee, id, report);
		await expect(signMinorityReport(db, dee, id, report)).rejects.toBeInstanceOf(Conflict);
		await expect(
			fileMinorityReport(db, cai, id, { title: 'Late', body: 'Too late' }, later(24 * 30))
		).rejects.toBeInstanceOf(Gone);
		const page = await decisionPage(db, null, 'en', id);
		expect(page.reports[0]).toMatchObject({
			title: 'Too soon',
			signers: [{ id: cai.id }, { id: dee.id }]
		});
		expect(page.decision.outcomeStatement).toBe('Adopted as the interim Mission.');

		// Eligible: the 8 people plus everyone added above; 25% of them must sign.
		const petition = await petitionRevisit(db, cai, id, { reason: 'Circumstances changed' });
		await expect(petitionRevisit(db, dee, id, { reason: 'again' })).rejects.toBeInstanceOf(
			Conflict
		);
		await expect(signPetition(db, friend, id, petition)).rejects.toBeInstanceOf(Forbidden);
		await signPetition(db, dee, id, petition);
		const p = (await decisionPage(db, null, 'en', id)).petitions[0];
		expect(p).toMatchObject({ signatures: 2, status: 'open' });
		const signers = await db
			.select({ id: members.id, tier: members.tier })
			.from(members)
			.where(eq(members.tier, 'member'))
			.limit(p.threshold + 5);
		for (const s of signers.filter((s) => s.id !== cai.id && s.id !== dee.id)) {
			const now = (await decisionPage(db, null, 'en', id)).petitions[0];
			if (now.status !== 'open') break;
			await signPetition(db, s, id, petition);
		}
		const reopened = (await decisionPage(db, null, 'en', id)).petitions[0];
		expect(reopened.status).toBe('reopened');
		expect(reopened.signatures).toBe(p.threshold);
		const [fresh] = await db
			.select()
			.from(decisions)
			.where(eq(decisions.id, reopened.reopenedAsId!));
		expect(fresh).toMatchObject({ revisitOfId: id, phase: 'discussion', body: page.decision.body });
		void eve;
	});

	it('runs a compromise run-off after a positions poll', async () => {
		const [ana, ben, cai] = people;
		const id = await inVoting(ana, {
			ballotType: 'choice',
			method: 'schulze',
			template: 'compromise-runoff',
			options: 'Federation\nCentralism\nNetwork'
		});
		const opts = (await decisionPage(db, ana, 'en', id)).options;
		await castBallot(db, ben, id, { [`rank_${opts[2].id}`]: '1' });
		await castBallot(db, cai, id, { [`rank_${opts[2].id}`]: '1', [`rank_${opts[0].id}`]: '2' });
		await close(id);
		const page = await decisionPage(db, ana, 'en', id);
		const runoff = page.related.find((r) => r.stage === 'runoff');
		expect(runoff).toBeUndefined(); // a draft is not listed until its authors submit it
		const [row] = await db.select().from(decisions).where(eq(decisions.followsId, id));
		expect(row).toMatchObject({ stage: 'runoff', phase: 'draft', ballotType: 'choice' });
		const r = await decisionPage(db, ana, 'en', row.id);
		expect(r.options.map((o) => o.label)).toEqual(['The compromise text', 'Network']);
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
