import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { amendments, decisions, events } from '$lib/server/db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '$lib/server/errors';
import { advanceDecision } from './advance';
import {
	closeAmendments,
	proposeAmendment,
	putAmendmentToVote,
	withdrawAmendment
} from './amendments';
import { castBallot, declareStake } from './ballots';
import { acceptCoauthorship, inviteCoauthor } from './coauthors';
import { createDecision, reviseDecision, submitDecision, updateDraft } from './commands';
import { decisionPage, decisionVersionsPage } from './queries';
import { suggestScope } from './scopes';
import { affectedChoices, decisionForEdit } from './proposal-form';
import { draft, inVoting, later, openWorld, type World } from './test-world';

let w: World;
let db: Db;
let people: Actor[];
let friend: Actor;

beforeAll(async () => {
	w = await openWorld();
	({ db, people, friend } = w);
});
afterAll(() => w.conn.close());

const eventsOf = async (id: number) =>
	(
		await db
			.select({ type: events.type, actorId: events.actorId })
			.from(events)
			.where(and(eq(events.subjectType, 'decision'), eq(events.subjectId, id)))
			.orderBy(events.id)
	).map((e) => e.type);

describe('proposals', () => {
	it('go from draft through every phase, with versions, co-authors and their events', async () => {
		const [ana, ben] = people;
		const id = await createDecision(db, ana, draft());
		// A draft is only the authors'.
		await expect(decisionPage(db, ben, 'en', id)).rejects.toBeInstanceOf(NotFound);
		await updateDraft(db, ana, id, draft({ summary: 'Our purpose, shared.' }));
		const [changed] = await db.select().from(decisions).where(eq(decisions.id, id));
		expect(changed).toMatchObject({ summary: 'Our purpose, shared.', version: 1 });
		await inviteCoauthor(db, ana, id, { handle: '@p1' });
		// Inviting the same member again changes nothing and says nothing.
		await inviteCoauthor(db, ana, id, { handle: 'P1' });
		await acceptCoauthorship(db, ben, id);
		await submitDecision(db, ben, id);
		await expect(submitDecision(db, ana, id)).rejects.toBeInstanceOf(Forbidden);
		await expect(updateDraft(db, ana, id, draft())).rejects.toMatchObject({
			messageKey: 'decision_error_not_draft'
		});
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
		expect(await eventsOf(id)).toEqual([
			'decision.drafted',
			'decision.edited',
			'coauthor.invited',
			'coauthor.accepted',
			'decision.submitted',
			'decision.revised',
			'decision.phase-changed',
			'decision.phase-changed',
			'decision.closed'
		]);
	});

	it('suggests the smallest scope containing the affected groups', async () => {
		const { chapterId, countryId } = w;
		expect(await suggestScope(db, [`chapter:${chapterId}`])).toBe(`chapter:${chapterId}`);
		expect(await suggestScope(db, [`chapter:${chapterId}`, `chapter:${countryId}`])).toBe(
			`chapter:${countryId}`
		);
		expect(await suggestScope(db, [])).toBe('organisation');
	});

	it('offer the chapters to name as affected grouped under their country, in the reader’s language', async () => {
		const choices = await affectedChoices(db, people[0], 'es');
		const country = choices.chapters.find((c) => c.ref === `chapter:${w.countryId}`);
		expect(country).toMatchObject({
			name: 'Brasil',
			locals: [{ ref: `chapter:${w.chapterId}`, name: 'Recife' }]
		});
		// A local chapter is offered once, under its country, never as a country of its own.
		expect(choices.chapters.map((c) => c.ref)).not.toContain(`chapter:${w.chapterId}`);
		expect((await affectedChoices(db, people[0], 'en')).chapters).toContainEqual(
			expect.objectContaining({ ref: `chapter:${w.countryId}`, name: 'Brazil' })
		);
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
			createDecision(db, people[5], draft({ scope: `chapter:${w.chapterId}` }))
		).rejects.toMatchObject({ fields: { scope: 'decision_error_not_in_scope' } });
		await expect(createDecision(db, people[0], draft({ votingDays: '-3' }))).rejects.toBeInstanceOf(
			Invalid
		);
		// What does not apply to the ballot type is refused, each on its own field.
		const refused = async (extra: Record<string, unknown>, field: string, key: string) =>
			await expect(createDecision(db, people[0], draft(extra))).rejects.toMatchObject({
				fields: { [field]: key }
			});
		const choice = { ballotType: 'choice', method: 'schulze', options: 'Keep\nChange' };
		await refused(
			{ ...choice, threshold: 'two-thirds' },
			'threshold',
			'decision_error_threshold_not_for_choice'
		);
		await refused({ ...choice, maxBlocks: '1' }, 'maxBlocks', 'decision_error_blocks_only_consent');
		await refused({ maxBlocks: '2' }, 'maxBlocks', 'decision_error_blocks_only_consent');
		await refused({ options: 'A\nB' }, 'options', 'decision_error_options_only_choice');
		for (const groupStake of ['0', '6', '2.5', 'much'])
			await refused({ groupStake }, 'groupStake', 'decision_error_group_stake');
		await expect(createDecision(db, friend, draft())).rejects.toBeInstanceOf(Forbidden);
		await expect(createDecision(db, null, draft())).rejects.toMatchObject({ status: 401 });
		expect((await db.select({ n: count() }).from(decisions))[0].n).toBe(before);
	});
});

describe('the stake of the groups ticked', () => {
	it('is a level from 1 to 5 that sets the weight their members vote with', async () => {
		const [ana, , , dee, eve] = people;
		const affected = [`chapter:${w.chapterId}`];
		const draftId = await createDecision(
			db,
			ana,
			draft({ weighting: 'group', groupStake: '4', affected })
		);
		expect((await decisionForEdit(db, ana, draftId)).values.groupStake).toBe('4');
		const [kept] = await db.select().from(decisions).where(eq(decisions.id, draftId));
		expect(kept.settings).toMatchObject({ groupFactor: 5 });

		// Level 2: the members of the group (Ana, in Recife) count three times, everyone else once.
		const id = await inVoting(db, ana, { weighting: 'group', groupStake: '2', affected });
		await castBallot(db, ana, id, { vote: 'yes' });
		for (const p of [dee, eve]) await castBallot(db, p, id, { vote: 'no' });
		await advanceDecision(db, id, later(100));
		const page = await decisionPage(db, null, 'en', id);
		expect((page.results!.raw as { tally: object }).tally).toEqual({ yes: 1, no: 2, abstain: 0 });
		expect((page.results!.weighted as { tally: object }).tally).toEqual({
			yes: 3,
			no: 2,
			abstain: 0
		});
	});
});

describe('strangers', () => {
	it('cannot revise, invite co-authors, resolve, withdraw or close, nor declare a stake outside the scope', async () => {
		const [ana, ben, cai] = people;
		const draftId = await createDecision(db, ana, draft());
		await expect(inviteCoauthor(db, ben, draftId, { handle: 'p2' })).rejects.toBeInstanceOf(
			NotFound
		);
		const id = await createDecision(
			db,
			ana,
			draft({ scope: `chapter:${w.chapterId}`, weighting: 'stake' })
		);
		await submitDecision(db, ana, id);
		const text = { title: 'Taken over', body: 'Someone else wrote this.' };
		await expect(reviseDecision(db, ben, id, text)).rejects.toBeInstanceOf(Forbidden);
		await expect(inviteCoauthor(db, ben, id, { handle: 'p2' })).rejects.toBeInstanceOf(Forbidden);
		const amendment = await proposeAmendment(db, ben, id, {
			body: 'Another text.',
			reason: 'Shorter'
		});
		await expect(putAmendmentToVote(db, cai, id, amendment)).rejects.toBeInstanceOf(Forbidden);
		await expect(withdrawAmendment(db, cai, id, amendment)).rejects.toBeInstanceOf(Forbidden);
		// An author of the decision does not withdraw someone else's amendment either.
		await expect(withdrawAmendment(db, ana, id, amendment)).rejects.toMatchObject({
			messageKey: 'amendment_error_own_only'
		});
		await expect(closeAmendments(db, ben, id)).rejects.toBeInstanceOf(Forbidden);
		await expect(
			declareStake(db, people[6], id, { level: '3', reason: 'Curious' })
		).rejects.toBeInstanceOf(Forbidden);
		const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
		expect(d).toMatchObject({ version: 1, amendmentsOpen: true, title: draft().title });
		const [a] = await db.select().from(amendments).where(eq(amendments.id, amendment));
		expect(a.status).toBe('open');

		// Its own author may withdraw it, once.
		await withdrawAmendment(db, ben, id, amendment);
		await expect(withdrawAmendment(db, ben, id, amendment)).rejects.toBeInstanceOf(Conflict);
		const [gone] = await db.select().from(amendments).where(eq(amendments.id, amendment));
		expect(gone).toMatchObject({ status: 'withdrawn', resolvedById: ben.id });
	});
});
