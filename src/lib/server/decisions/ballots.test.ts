import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { ballots, decisions, projectMembers, projects } from '$lib/server/db/schema';
import { Forbidden, Invalid, NotFound } from '$lib/server/errors';
import { castBallot, declareStake } from './ballots';
import { OPEN_BALLOTS_SHOWN, decisionBallotsPage } from './ballot-list';
import { createDecision, submitDecision } from './commands';
import { decisionPage, notYetVoted } from './queries';
import { suggestScope } from './scopes';
import { close, currentBallots, draft, inVoting, openWorld, type World } from './test-world';

let w: World;
let db: Db;
let people: Actor[];

beforeAll(async () => {
	w = await openWorld();
	({ db, people } = w);
});
afterAll(() => w.conn.close());

describe('ballots', () => {
	it('count a changed vote once, keep its history, and refuse the ineligible', async () => {
		const [ana, ben, cai] = people;
		const id = await inVoting(db, ana, { scope: `chapter:${w.chapterId}`, quorumPercent: '50' });
		await castBallot(db, ben, id, { vote: 'no' });
		const changed = await castBallot(db, ben, id, { vote: 'yes', reason: 'Persuaded' });
		expect(changed.changed).toBe(true);
		await castBallot(db, cai, id, { vote: 'yes' });
		await expect(castBallot(db, people[5], id, { vote: 'yes' })).rejects.toMatchObject({
			messageKey: 'ballot_error_not_eligible'
		});
		await expect(castBallot(db, w.friend, id, { vote: 'yes' })).rejects.toBeInstanceOf(Forbidden);
		await expect(castBallot(db, ana, id, { vote: 'maybe' })).rejects.toMatchObject({
			fields: { vote: 'ballot_error_choose' }
		});
		expect(await currentBallots(db, id)).toBe(2);
		const all = await db.select().from(ballots).where(eq(ballots.decisionId, id));
		expect(all).toHaveLength(3);
		const page = await decisionPage(db, ben, 'en', id);
		expect(page.me.changes).toBe(1);
		expect(page.turnout).toMatchObject({ ballots: 2, eligible: 3, quorumRequired: 2 });
		const reminders = await notYetVoted(db, ben, id);
		expect(reminders.members.map((m) => m.id)).toEqual([ana.id]);
		await expect(notYetVoted(db, people[6], id)).rejects.toBeInstanceOf(NotFound);
		await close(db, id);
		await expect(castBallot(db, ana, id, { vote: 'yes' })).rejects.toMatchObject({
			messageKey: 'ballot_error_closed'
		});
		expect(await currentBallots(db, id)).toBe(2);
		const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
		expect(d.outcome).toBe('passes');
		// Open ballot: each voter's choice and reason are public.
		const after = await decisionPage(db, null, 'en', id);
		expect(after.openBallots.first.find((b) => b.id === ben.id)).toMatchObject({
			choice: { vote: 'yes' },
			reason: 'Persuaded'
		});
		expect(after.openBallots.total).toBe(2);
	});

	it('are listed a page at a time, counted ones only, in the order they were cast', async () => {
		const [ana, ben, cai] = people;
		const id = await inVoting(db, ana, { scope: `chapter:${w.chapterId}` });
		await castBallot(db, cai, id, { vote: 'no' });
		await castBallot(db, ben, id, { vote: 'no' });
		await castBallot(db, cai, id, { vote: 'yes' });
		await close(db, id);
		const first = await decisionBallotsPage(db, null, id, 1);
		expect(first).toMatchObject({ visible: true, total: 2, pages: 1, first: 1 });
		expect(first.ballots.map((b) => [b.id, b.choice])).toEqual([
			[ben.id, { vote: 'no' }],
			[cai.id, { vote: 'yes' }]
		]);
		await expect(decisionBallotsPage(db, null, id, 2)).rejects.toBeInstanceOf(NotFound);
		// A vote nobody cast a ballot in has an empty first page, and no second.
		const empty = await inVoting(db, ana, { scope: `chapter:${w.chapterId}` });
		await close(db, empty);
		expect(await decisionBallotsPage(db, null, empty, 1)).toMatchObject({
			visible: true,
			ballots: [],
			total: 0,
			pages: 1
		});
		// The page itself shows the first few of them and the number of all.
		const page = await decisionPage(db, null, 'en', id);
		expect(page.openBallots.first).toHaveLength(Math.min(2, OPEN_BALLOTS_SHOWN));
	});

	it('are refused before voting opens', async () => {
		const [ana, ben] = people;
		const id = await createDecision(db, ana, draft());
		await expect(castBallot(db, ben, id, { vote: 'yes' })).rejects.toBeInstanceOf(NotFound);
		await submitDecision(db, ana, id);
		await expect(castBallot(db, ben, id, { vote: 'yes' })).rejects.toMatchObject({
			messageKey: 'ballot_error_not_open'
		});
		expect(await currentBallots(db, id)).toBe(0);
	});

	it('in a project scope, only its current members vote; the scope is suggested from the project', async () => {
		const [ana, ben, cai] = people;
		const [project] = await db
			.insert(projects)
			.values({
				title: 'Community kitchen',
				goals: 'Cook together',
				proposedBy: ana.id,
				chapterId: w.chapterId
			})
			.returning({ id: projects.id });
		await db.insert(projectMembers).values([
			{ projectId: project.id, memberId: ana.id, role: 'coordinator' },
			{ projectId: project.id, memberId: ben.id },
			{ projectId: project.id, memberId: cai.id, leftAt: new Date() }
		]);
		expect(await suggestScope(db, [`project:${project.id}`])).toBe(`project:${project.id}`);
		expect(await suggestScope(db, [`project:${project.id}`, `chapter:${w.countryId}`])).toBe(
			`chapter:${w.countryId}`
		);
		const id = await inVoting(db, ana, { scope: `project:${project.id}` });
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
		const id = await inVoting(db, people[0], {
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
		expect(await currentBallots(db, id)).toBe(0);
		await castBallot(db, people[1], id, { [`rank_${b}`]: '1', [`rank_${a}`]: '2' });
		expect(await currentBallots(db, id)).toBe(1);
	});

	it('cast an empty ballot (an abstention) only when the voter confirms it', async () => {
		const [ana, ben, cai] = people;
		for (const method of ['approval', 'score'] as const) {
			const id = await inVoting(db, ana, {
				ballotType: 'choice',
				method,
				options: 'Keep\nChange',
				secret: 'on'
			});
			// Nothing ticked or scored: asked, nothing written.
			await expect(castBallot(db, ben, id, { reason: 'Undecided' })).rejects.toMatchObject({
				fields: { confirmEmpty: 'ballot_confirm_empty' }
			});
			await expect(castBallot(db, ben, id, { confirmEmpty: '0' })).rejects.toBeInstanceOf(Invalid);
			expect(await currentBallots(db, id)).toBe(0);
			// Confirmed, from the form ("1") or the API (true): recorded, with its receipt.
			const cast = await castBallot(db, ben, id, { confirmEmpty: '1', reason: 'Undecided' });
			expect(cast.receipt).toMatch(/^\w{4}-\w{4}-\w{4}$/);
			await castBallot(db, cai, id, { confirmEmpty: true });
			expect(await currentBallots(db, id)).toBe(2);
			const [b] = await db
				.select({ choice: ballots.choice })
				.from(ballots)
				.where(eq(ballots.receipt, cast.receipt!));
			expect(b.choice).toEqual(method === 'approval' ? { approve: [] } : { scores: {} });
		}
	});

	it('weigh by group and by declared stake, showing raw and weighted figures', async () => {
		const [ana, ben, cai, dee, eve] = people;
		const grouped = await inVoting(db, ana, {
			weighting: 'group',
			groupFactor: '3',
			affected: [`chapter:${w.chapterId}`]
		});
		await castBallot(db, ana, grouped, { vote: 'yes' }); // in Recife: weight 3
		for (const p of [dee, eve]) await castBallot(db, p, grouped, { vote: 'no' });
		await expect(
			declareStake(db, ben, grouped, { level: '2', reason: 'Not weighed by stake' })
		).rejects.toMatchObject({ messageKey: 'stake_error_not_used' });
		await close(db, grouped);
		const g = await decisionPage(db, null, 'en', grouped);
		expect((g.results!.raw as { tally: object }).tally).toEqual({ yes: 1, no: 2, abstain: 0 });
		expect((g.results!.weighted as { tally: object }).tally).toEqual({ yes: 3, no: 2, abstain: 0 });
		expect(g.decision.outcome).toBe('passes');

		const staked = await inVoting(db, ana, { weighting: 'stake', stakeLevels: '5' });
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
		await close(db, staked);
		const s = await decisionPage(db, null, 'en', staked);
		expect((s.results!.weighted as { tally: object }).tally).toEqual({ yes: 2, no: 5, abstain: 0 });
		expect(s.decision.outcome).toBe('fails');
		expect(s.stakes.people[0]).toMatchObject({ level: 1, reason: 'On reflection, hardly' });
	});
});
