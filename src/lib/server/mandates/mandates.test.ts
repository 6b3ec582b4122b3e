import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { may, type Actor } from '$lib/domain/members/actor';
import { actorFor, dispatchEvents } from '$lib/server/db/testing';
import {
	committeeMembers,
	committees,
	decisions,
	events,
	instanceSettings,
	mandates,
	recallPetitions,
	roles
} from '$lib/server/db/schema';
import { leaveChapter } from '$lib/server/chapters/commands';
import { castBallot } from '$lib/server/decisions/ballots';
import {
	close,
	inVoting,
	makeMembers,
	openWorld,
	type World
} from '$lib/server/decisions/test-world';
import { committeeBySlug } from '$lib/server/committees/queries';
import { chapterBySlug, chapterDecisions } from '$lib/server/chapters/queries';
import { appendEvent } from '$lib/server/events/append';
import { endTermedMandates, grantMandate, resignMandate } from './commands';
import { RECALL_PERCENT_KEY, signRecall, startRecall } from './recall';

let w: World;
beforeAll(async () => {
	w = await openWorld();
});
afterAll(() => w.conn.close());

const chapter = () => ({ kind: 'chapter' as const, id: w.chapterId });
const grant = (memberId: number, extra: Partial<Parameters<typeof grantMandate>[2]> = {}) =>
	w.db.transaction((tx) =>
		grantMandate(tx, null, { memberId, role: 'facilitator', scope: chapter(), ...extra })
	);
const mandate = async (id: number) =>
	(await w.db.select().from(mandates).where(eq(mandates.id, id)))[0];
const eventsOf = async (type: string, subjectId: number) =>
	w.db
		.select({ data: events.data })
		.from(events)
		.where(and(eq(events.type, type), eq(events.subjectId, subjectId)));
const years = (n: number) => new Date(Date.now() + n * 365 * 24 * 3_600_000);

describe('granting a mandate', () => {
	it('gives the role’s rights in its scope only, for its term, with its event', async () => {
		const id = await grant(w.people[0].id);
		const actor = await actorFor(w.db, w.people[0].id);
		expect(may(actor, 'manage-forums', chapter())).toBe(true);
		expect(may(actor, 'manage-forums', { kind: 'chapter', id: w.countryId })).toBe(false);
		expect(may(actor, 'manage-forums', chapter(), years(2))).toBe(false);
		const m = await mandate(id);
		expect(m.endsAt!.getTime() - m.startsAt.getTime()).toBeGreaterThan(364 * 24 * 3_600_000);
		expect(await eventsOf('mandate.granted', id)).toHaveLength(1);
	});

	it('refuses a role that does not exist (404) or a scope the role is not held in (400)', async () => {
		await expect(grant(w.people[1].id, { role: 'treasurer' })).rejects.toMatchObject({
			status: 404
		});
		await expect(grant(w.people[1].id, { role: 'committee-seat' })).rejects.toMatchObject({
			status: 400
		});
	});

	it('refuses a second concurrent mandate for one holder and seats above the role’s (409)', async () => {
		await expect(grant(w.people[0].id)).rejects.toMatchObject({ status: 409 });
		await grant(w.people[1].id);
		const before = (await w.db.select().from(mandates)).length;
		await expect(grant(w.people[2].id)).rejects.toMatchObject({
			status: 409,
			messageKey: 'mandate_error_seats_full'
		});
		expect(await w.db.select().from(mandates)).toHaveLength(before);
	});

	it('applies the term limit and rotation from the member’s past mandates (409)', async () => {
		const [p] = await makeMembers(w.db, 1, 'rot');
		const term = (from: number, to: number) =>
			w.db.insert(mandates).values({
				memberId: p.id,
				role: 'facilitator',
				scopeKind: 'chapter',
				scopeId: w.countryId,
				startsAt: years(from),
				endsAt: years(to),
				endReason: 'term'
			});
		await term(-4, -3);
		await term(-3, -2);
		const country = { kind: 'chapter' as const, id: w.countryId };
		// Two terms in a row, then a year's gap: the rotation rule (two consecutive) is met again.
		await expect(
			w.db.transaction((tx) =>
				grantMandate(tx, null, {
					memberId: p.id,
					role: 'facilitator',
					scope: country,
					startsAt: years(-2),
					endsAt: years(-1)
				})
			)
		).rejects.toMatchObject({ status: 409, messageKey: 'mandate_error_consecutive' });
		await w.db.update(roles).set({ termLimit: 2 }).where(eq(roles.key, 'facilitator'));
		await expect(
			w.db.transaction((tx) =>
				grantMandate(tx, null, { memberId: p.id, role: 'facilitator', scope: country })
			)
		).rejects.toMatchObject({ status: 409, messageKey: 'mandate_error_term_limit' });
		await w.db.update(roles).set({ termLimit: null }).where(eq(roles.key, 'facilitator'));
		// After sitting a term out, the member may hold it again.
		await w.db.transaction((tx) =>
			grantMandate(tx, null, { memberId: p.id, role: 'facilitator', scope: country })
		);
	});
});

describe('resigning', () => {
	it('refuses someone else’s mandate (403), an unknown one (404), and a second resignation (409)', async () => {
		const [m] = await w.db
			.select()
			.from(mandates)
			.where(and(eq(mandates.memberId, w.people[1].id), eq(mandates.scopeId, w.chapterId)));
		await expect(resignMandate(w.db, w.people[0], m.id)).rejects.toMatchObject({ status: 403 });
		await expect(resignMandate(w.db, w.people[0], 999_999)).rejects.toMatchObject({ status: 404 });
		await expect(resignMandate(w.db, w.people[0], 'x')).rejects.toMatchObject({ status: 400 });
		expect((await mandate(m.id)).endReason).toBeNull();
		await resignMandate(w.db, w.people[1], m.id);
		const ended = await mandate(m.id);
		expect(ended.endReason).toBe('resigned');
		expect(ended.endsAt!.getTime()).toBeLessThanOrEqual(Date.now());
		expect(await eventsOf('mandate.ended', m.id)).toEqual([
			{ data: { reason: 'resigned', vacant: true } }
		]);
		const actor = await actorFor(w.db, w.people[1].id);
		expect(may(actor, 'manage-forums', chapter())).toBe(false);
		await expect(resignMandate(w.db, w.people[1], m.id)).rejects.toMatchObject({ status: 409 });
	});
});

describe('the end of a term and leaving', () => {
	it('records a term that has passed once, with its event', async () => {
		const [p] = await makeMembers(w.db, 1, 'term');
		const [row] = await w.db
			.insert(mandates)
			.values({
				memberId: p.id,
				role: 'facilitator',
				scopeKind: 'organisation',
				startsAt: years(-1),
				endsAt: new Date(Date.now() - 1000)
			})
			.returning({ id: mandates.id });
		expect(await endTermedMandates(w.db)).toBeGreaterThanOrEqual(1);
		expect(await endTermedMandates(w.db)).toBe(0);
		expect((await mandate(row.id)).endReason).toBe('term');
		expect(await eventsOf('mandate.ended', row.id)).toEqual([{ data: { reason: 'term' } }]);
	});

	it('ends a chapter mandate when its holder leaves the chapter', async () => {
		const [p] = await makeMembers(w.db, 1, 'leaver');
		await w.db.execute(
			sql`insert into chapter_memberships (chapter_id, member_id, home) values (${w.chapterId}, ${p.id}, false)`
		);
		const id = await grant(p.id);
		await leaveChapter(w.db, await actorFor(w.db, p.id), { chapter: String(w.chapterId) });
		await dispatchEvents(w.db);
		expect((await mandate(id)).endReason).toBe('left');
	});
});

describe('leaving by deleting the account', () => {
	it('ends every mandate of a deleted account', async () => {
		const [p] = await makeMembers(w.db, 1, 'gone');
		const id = await w.db.transaction((tx) =>
			grantMandate(tx, null, {
				memberId: p.id,
				role: 'facilitator',
				scope: { kind: 'organisation' }
			})
		);
		await appendEvent(w.db, {
			type: 'member.deleted',
			actorId: p.id,
			subjectType: 'member',
			subjectId: p.id
		});
		await dispatchEvents(w.db);
		expect((await mandate(id)).endReason).toBe('left');
	});
});

describe('the chapter page', () => {
	it('names its facilitators as the reader may see them, and lists its decisions', async () => {
		const id = await inVoting(w.db, w.people[2], { scope: `chapter:${w.chapterId}` });
		const visitor = await chapterBySlug(w.db, null, 'recife-dtest');
		const member = await chapterBySlug(w.db, w.people[2], 'recife-dtest');
		const holder = (page: typeof visitor) =>
			page.facilitators.mandates.find((f) => f.holder.id === w.people[0].id)!;
		expect(holder(member).holder.name).toBe('P 0');
		expect(holder(visitor).holder.name).not.toBe('P 0');
		expect(holder(visitor).canStartRecall).toBe(false);
		expect(holder(member).canStartRecall).toBe(true);
		const listed = await chapterDecisions(w.db, { id: w.chapterId, kind: 'local' });
		expect(listed.map((d) => d.id)).toContain(id);
	});
});

describe('committee seats', () => {
	let committeeId: number;
	let seated: Actor[];
	beforeAll(async () => {
		[{ id: committeeId }] = await w.db
			.insert(committees)
			.values({ name: 'Interim', slug: 'interim-test' })
			.returning({ id: committees.id });
		seated = await makeMembers(w.db, 5, 'seat');
		for (const p of seated)
			await w.db.transaction((tx) =>
				grantMandate(tx, null, {
					memberId: p.id,
					role: 'committee-seat',
					scope: { kind: 'committee', id: committeeId }
				})
			);
		seated = await Promise.all(seated.map((p) => actorFor(w.db, p.id)));
	});

	const seats = async () =>
		(
			await w.db
				.select({ id: committeeMembers.memberId })
				.from(committeeMembers)
				.where(eq(committeeMembers.committeeId, committeeId))
		).map((r) => r.id);

	it('keeps the committee’s members in step with its seats', async () => {
		expect((await seats()).sort()).toEqual(seated.map((p) => p.id).sort());
	});

	it('counts silence as nothing: a member who did not vote is "not voted", never an abstention', async () => {
		const id = await inVoting(w.db, seated[0], { scope: `committee:${committeeId}` });
		await castBallot(w.db, seated[0], id, { vote: 'yes' });
		await castBallot(w.db, seated[1], id, { vote: 'abstain' });
		await close(w.db, id);
		const page = await committeeBySlug(w.db, seated[0], 'interim-test');
		const d = page.decisions.find((x) => x.id === id)!;
		expect(d.ballots).toBe(2);
		expect(d.abstentions).toBe(1);
		expect(d.notVoted.map((p) => p.id).sort()).toEqual(
			seated
				.slice(2)
				.map((p) => p.id)
				.sort()
		);
		const [stored] = await w.db.select().from(decisions).where(eq(decisions.id, id));
		const raw = (stored.result as { raw: Record<string, unknown> }).raw;
		expect(JSON.stringify(raw)).not.toContain('"abstain":4');
		expect(page.quorum).toBe(4);
		// Two ballots of the four the committee's quorum asks: nothing is decided.
		expect(stored.outcome).toBe('no-quorum');
	});

	it('decides once its quorum has voted', async () => {
		const id = await inVoting(w.db, seated[0], { scope: `committee:${committeeId}` });
		for (const p of seated.slice(0, 4)) await castBallot(w.db, p, id, { vote: 'yes' });
		await close(w.db, id);
		const [stored] = await w.db.select().from(decisions).where(eq(decisions.id, id));
		expect(stored.outcome).toBe('passes');
	});

	it('keeps a private committee’s members and decisions to its members', async () => {
		await w.db.update(committees).set({ public: false }).where(eq(committees.id, committeeId));
		const outside = await committeeBySlug(w.db, w.people[0], 'interim-test');
		expect(outside).toMatchObject({ visible: false, mandates: null, decisions: [] });
		const inside = await committeeBySlug(w.db, seated[0], 'interim-test');
		expect(inside.visible).toBe(true);
		expect(inside.mandates!.mandates).toHaveLength(5);
		await w.db.update(committees).set({ public: true }).where(eq(committees.id, committeeId));
		await expect(committeeBySlug(w.db, null, 'no-such-committee')).rejects.toMatchObject({
			status: 404
		});
	});

	it('takes a member off the committee when their seat ends', async () => {
		const [m] = await w.db
			.select()
			.from(mandates)
			.where(and(eq(mandates.memberId, seated[4].id), eq(mandates.role, 'committee-seat')));
		await resignMandate(w.db, seated[4], m.id);
		expect(await seats()).not.toContain(seated[4].id);
	});
});

describe('recall', () => {
	let target: number;
	beforeAll(async () => {
		// Two of the chapter's three voters must sign.
		await w.db.insert(instanceSettings).values({ key: RECALL_PERCENT_KEY, value: 60 });
		[{ id: target }] = await w.db
			.select({ id: mandates.id })
			.from(mandates)
			.where(and(eq(mandates.memberId, w.people[0].id), eq(mandates.scopeId, w.chapterId)));
	});

	it('refuses a mandate that does not exist (404) and a member outside the scope (403)', async () => {
		await expect(startRecall(w.db, w.people[1], 999_999)).rejects.toMatchObject({ status: 404 });
		await expect(startRecall(w.db, w.people[5], target)).rejects.toMatchObject({ status: 403 });
		await expect(startRecall(w.db, w.friend, target)).rejects.toMatchObject({ status: 403 });
		expect(await w.db.select().from(recallPetitions)).toHaveLength(0);
	});

	it('refuses a mandate that has ended (409)', async () => {
		const [ended] = await w.db
			.select({ id: mandates.id })
			.from(mandates)
			.where(and(eq(mandates.memberId, w.people[1].id), eq(mandates.endReason, 'resigned')));
		await expect(startRecall(w.db, w.people[2], ended.id)).rejects.toMatchObject({ status: 409 });
	});

	it('opens a recall vote at the threshold, and a carried vote ends the mandate', async () => {
		const started = await startRecall(w.db, w.people[1], target);
		expect(started.threshold).toBe(2);
		expect(started.decisionId).toBeNull();
		await expect(startRecall(w.db, w.people[2], target)).rejects.toMatchObject({ status: 409 });
		await expect(signRecall(w.db, w.people[1], started.petitionId)).rejects.toMatchObject({
			status: 409
		});
		const signed = await signRecall(w.db, w.people[2], started.petitionId);
		expect(signed.decisionId).not.toBeNull();
		const [vote] = await w.db.select().from(decisions).where(eq(decisions.id, signed.decisionId!));
		expect(vote).toMatchObject({
			phase: 'voting',
			scopeKind: 'chapter',
			scopeId: w.chapterId,
			weighting: 'equal'
		});
		expect(vote.electorateCutoff).not.toBeNull();
		await expect(signRecall(w.db, w.people[0], started.petitionId)).rejects.toMatchObject({
			status: 409
		});
		await castBallot(w.db, w.people[1], vote.id, { vote: 'yes' });
		await castBallot(w.db, w.people[2], vote.id, { vote: 'yes' });
		await castBallot(w.db, w.people[0], vote.id, { vote: 'no' });
		await close(w.db, vote.id);
		await dispatchEvents(w.db);
		expect((await mandate(target)).endReason).toBe('recalled');
		const [petition] = await w.db
			.select()
			.from(recallPetitions)
			.where(eq(recallPetitions.id, started.petitionId));
		expect(petition.status).toBe('carried');
	});
});
