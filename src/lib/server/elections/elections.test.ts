import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import { may } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { actorFor, dispatchEvents } from '$lib/server/db/testing';
import {
	candidacies,
	chapterMemberships,
	committeeMembers,
	committees,
	electionBallots,
	elections,
	events,
	mandates,
	members,
	notifications
} from '$lib/server/db/schema';
import { Conflict, Forbidden, Invalid } from '$lib/server/errors';
import { makeMembers, openWorld, type World } from '$lib/server/decisions/test-world';
import { castElectionBallot, ballotCandidates } from './ballots';
import {
	callElection,
	consentToNomination,
	nominateCandidate,
	standForElection,
	withdrawCandidacy
} from './commands';
import { advanceElection, termEnd } from './advance';
import { fillVacancyFromReserves, reservesOf } from './countback';
import type { ElectionResult } from './count';
import { electionsToVote } from './queries';

let w: World;
let db: Db;
/** Ten members of the chapter (the world's three and seven more). */
let crew: Actor[];

const DAY = 86_400_000;
const after = (days: number) => new Date(Date.now() + days * DAY);

beforeAll(async () => {
	w = await openWorld();
	db = w.db;
	const more = await makeMembers(db, 7, 'el');
	await db
		.insert(chapterMemberships)
		.values(more.map((p) => ({ chapterId: w.chapterId, memberId: p.id })));
	crew = await Promise.all([...w.people.slice(0, 3), ...more].map((p) => actorFor(db, p.id)));
});
afterAll(() => w.conn.close());

const call = (by: Actor, extra: Record<string, unknown> = {}) =>
	callElection(db, by, {
		role: 'facilitator',
		scope: `chapter:${w.chapterId}`,
		nominationDays: '2',
		votingDays: '2',
		...extra
	}).then((r) => r.id);

async function phase(id: number) {
	const [e] = await db.select().from(elections).where(eq(elections.id, id));
	return e;
}

describe('elections', () => {
	let id: number;

	it('a member of the chapter calls an election; a second call for the same seats conflicts', async () => {
		id = await call(crew[0]);
		expect((await phase(id)).seats).toBe(2);
		await expect(call(crew[1])).rejects.toBeInstanceOf(Conflict);
		// Not a member of the chapter: may not call its election.
		await expect(
			callElection(db, w.people[6], { role: 'facilitator', scope: `chapter:${w.chapterId}` })
		).rejects.toBeInstanceOf(Forbidden);
		await expect(
			callElection(db, crew[0], { role: 'no-such-role', scope: `chapter:${w.chapterId}` })
		).rejects.toMatchObject({ status: 404 });
	});

	it('standing twice conflicts, standing without the right is refused, nothing changes', async () => {
		await standForElection(db, crew[0], id, { statement: 'I will answer every mail.' });
		await expect(standForElection(db, crew[0], id, { statement: 'again' })).rejects.toBeInstanceOf(
			Conflict
		);
		const [friend] = await makeMembers(db, 1, 'elfriend', { tier: 'friend' });
		await db.insert(chapterMemberships).values({ chapterId: w.chapterId, memberId: friend.id });
		await expect(
			standForElection(db, await actorFor(db, friend.id), id, { statement: '' })
		).rejects.toBeInstanceOf(Forbidden);
		const rows = await db.select().from(candidacies).where(eq(candidacies.electionId, id));
		expect(rows).toHaveLength(1);
	});

	it('a nominee is on the ballot only once they consent', async () => {
		await nominateCandidate(db, crew[0], id, { handle: await handleOf(crew[1]) });
		await nominateCandidate(db, crew[0], id, { handle: await handleOf(crew[2]) });
		expect(await ballotCandidates(db, id)).toHaveLength(1);
		const [c1] = await db
			.select()
			.from(candidacies)
			.where(and(eq(candidacies.electionId, id), eq(candidacies.memberId, crew[1].id)));
		// Someone else cannot consent for the nominee.
		await expect(
			consentToNomination(db, crew[0], id, { candidacy: String(c1.id) })
		).rejects.toBeInstanceOf(Forbidden);
		await consentToNomination(db, crew[1], id, { candidacy: String(c1.id), statement: 'Yes.' });
		expect(await ballotCandidates(db, id)).toHaveLength(2);
		// Nominating someone outside the chapter is refused on the field.
		await expect(
			nominateCandidate(db, crew[0], id, { handle: await handleOf(w.people[6]) })
		).rejects.toBeInstanceOf(Invalid);
		for (const p of crew.slice(3, 5)) await standForElection(db, p, id, { statement: '' });
		const [c4] = await db
			.select()
			.from(candidacies)
			.where(and(eq(candidacies.electionId, id), eq(candidacies.memberId, crew[4].id)));
		await withdrawCandidacy(db, crew[4], id, { candidacy: String(c4.id) });
		expect(await ballotCandidates(db, id)).toHaveLength(3);
	});

	it('voting: the electorate is fixed at the opening, junk is refused, a changed vote supersedes', async () => {
		const cands = await ballotCandidates(db, id);
		await expect(castElectionBallot(db, crew[5], id, rank(cands))).rejects.toMatchObject({
			messageKey: 'election_error_not_open'
		});
		await advanceElection(db, id, after(2.1));
		expect((await phase(id)).phase).toBe('voting');
		// Joined after the opening: not in the electorate.
		const [late] = await makeMembers(db, 1, 'ellate');
		await db.insert(chapterMemberships).values({ chapterId: w.chapterId, memberId: late.id });
		await expect(
			castElectionBallot(db, await actorFor(db, late.id), id, rank(cands))
		).rejects.toMatchObject({ messageKey: 'election_error_not_eligible' });
		await expect(castElectionBallot(db, w.people[6], id, rank(cands))).rejects.toBeInstanceOf(
			Forbidden
		);
		// "Your turn" lists it for an elector who has not voted, never for one outside the electorate.
		const toVote = async (a: Actor) => (await electionsToVote(db, a, 'en')).map((e) => e.id);
		expect(await toVote(crew[9])).toContain(id);
		// Each elector is told, at once, in their language; the late joiner is not.
		await dispatchEvents(db);
		const told = await db
			.select({
				member: notifications.memberId,
				kind: notifications.kind,
				title: notifications.title
			})
			.from(notifications)
			.where(and(eq(notifications.subjectType, 'election'), eq(notifications.subjectId, id)));
		expect(told.filter((n) => n.member === crew[9].id)).toEqual([
			{ member: crew[9].id, kind: 'vote-open', title: expect.stringMatching(/^Election: /) }
		]);
		expect(told.some((n) => n.member === late.id)).toBe(false);
		expect(await toVote(await actorFor(db, late.id))).not.toContain(id);
		for (const junk of [
			{ [`rank-${cands[0]}`]: '1', [`rank-${cands[1]}`]: '1' },
			{ [`rank-${cands[0]}`]: 'x' },
			{ 'rank-999999': '1' },
			{}
		])
			await expect(castElectionBallot(db, crew[5], id, junk)).rejects.toBeInstanceOf(Invalid);
		// crew[0] (candidate 0) first: six voters put candidacy 0 first, then 1; four put 2 first.
		const [a, b, c] = cands;
		await castElectionBallot(db, crew[9], id, rank([c, b, a]));
		const changed = await castElectionBallot(db, crew[9], id, rank([a, b]));
		expect(changed.changed).toBe(true);
		expect(await toVote(crew[9])).not.toContain(id);
		for (const p of crew.slice(0, 5)) await castElectionBallot(db, p, id, rank([a, b, c]));
		for (const p of crew.slice(5, 9)) await castElectionBallot(db, p, id, rank([c, a]));
		const rows = await db.select().from(electionBallots).where(eq(electionBallots.electionId, id));
		expect(rows).toHaveLength(11);
		const logged = await db.select().from(events).where(eq(events.subjectId, id));
		for (const e of logged.filter((e) => e.type.startsWith('election-ballot')))
			expect(e.data).toEqual({});
	});

	it('the count elects, creates mandates ending a term later, keeps reserves', async () => {
		const closedAt = after(4.2);
		await advanceElection(db, id, closedAt);
		const e = await phase(id);
		expect(e.phase).toBe('closed');
		const result = e.result as ElectionResult;
		const cands = await ballotCandidates(db, id);
		expect(result.elected).toEqual([cands[0], cands[2]]);
		expect(result.reserves).toEqual([cands[1]]);
		expect(result.report?.method).toBe('stv-meek');
		const seats = await db.select().from(mandates).where(eq(mandates.electionId, id));
		expect(seats.map((m) => m.memberId).sort()).toEqual([crew[0].id, crew[3].id].sort());
		for (const m of seats) expect(m.endsAt).toEqual(termEnd(closedAt, 12));
		// The new facilitator may now manage the chapter's forums, and only there.
		const holder = await actorFor(db, crew[0].id);
		const chapter = { kind: 'chapter', id: w.chapterId } as const;
		expect(may(holder, 'manage-forums', chapter, after(4.3))).toBe(true);
		expect(may(holder, 'manage-forums', { kind: 'chapter', id: w.countryId }, after(4.3))).toBe(
			false
		);
		expect(may(holder, 'manage-forums', chapter, after(4.3 + 366))).toBe(false);
	});

	it('countback gives a vacated seat to the first reserve for the rest of the term', async () => {
		const reserves = await reservesOf(db, id);
		expect(reserves.map((r) => r.memberId)).toEqual([crew[1].id]);
		const [seat] = await db
			.select()
			.from(mandates)
			.where(and(eq(mandates.electionId, id), eq(mandates.memberId, crew[0].id)));
		const filled = await db.transaction(async (tx) => {
			await tx
				.update(mandates)
				.set({ endsAt: after(5), endReason: 'resigned' })
				.where(eq(mandates.id, seat.id));
			return fillVacancyFromReserves(tx, seat.id, after(5));
		});
		expect(filled?.memberId).toBe(crew[1].id);
		const [taken] = await db.select().from(mandates).where(eq(mandates.id, filled!.mandateId));
		expect(taken.endsAt).toEqual(seat.endsAt);
		// Nobody is left: the next vacancy waits for a by-election.
		const again = await db.transaction(async (tx) => {
			await tx
				.update(mandates)
				.set({ endsAt: after(6), endReason: 'resigned' })
				.where(eq(mandates.id, filled!.mandateId));
			return fillVacancyFromReserves(tx, filled!.mandateId, after(6));
		});
		expect(again).toBeNull();
	});

	it('a term limit keeps a member from standing again', async () => {
		// Rotation: two consecutive terms at most; crew[3] holds one now, give them an earlier one.
		await db.insert(mandates).values({
			memberId: crew[3].id,
			role: 'facilitator',
			scopeKind: 'chapter',
			scopeId: w.chapterId,
			startsAt: new Date(Date.now() - 400 * DAY),
			endsAt: new Date(Date.now() - 10 * DAY),
			endReason: 'term'
		});
		// The seats are held for a year: end them so a new election may be called.
		await db
			.update(mandates)
			.set({ endsAt: after(30) })
			.where(and(eq(mandates.electionId, id), isNull(mandates.endReason)));
		const next = await call(crew[5]);
		await expect(standForElection(db, crew[3], next, { statement: '' })).rejects.toMatchObject({
			messageKey: 'election_error_rotation'
		});
		await standForElection(db, crew[6], next, { statement: '' });
	});
});

function rank(ids: string[]) {
	return Object.fromEntries(ids.map((c, i) => [`rank-${c}`, String(i + 1)]));
}

async function handleOf(a: Actor) {
	const [m] = await db.select({ handle: members.handle }).from(members).where(eq(members.id, a.id));
	return m.handle;
}

describe('a committee election by yes or no, with a balance rule', () => {
	it('is open to the whole organisation, elects by yes and no, and keeps the rule', async () => {
		const [committee] = await db
			.insert(committees)
			.values({ name: 'Test committee', slug: 'test-committee-el' })
			.returning({ id: committees.id });
		// Someone outside every chapter may call it: the organisation elects a committee.
		const caller = w.people[6];
		const { id } = await callElection(db, caller, {
			role: 'committee-seat',
			scope: `committee:${committee.id}`,
			seats: '2',
			method: 'yes-no',
			balanceValue: 'f',
			balanceShare: '50'
		});
		const [e] = await db.select().from(elections).where(eq(elections.id, id));
		expect(e.balance).toEqual({ attribute: 'gender', value: 'f', minShare: 0.5 });
		// Three stand: two men, one woman, who is the least liked.
		const [man1, man2, woman] = [crew[6], crew[7], crew[8]];
		await db.update(members).set({ gender: 'f' }).where(eq(members.id, woman.id));
		await db
			.update(members)
			.set({ gender: 'm' })
			.where(inArray(members.id, [man1.id, man2.id]));
		for (const p of [man1, man2, woman]) await standForElection(db, p, id, { statement: '' });
		const [c1, c2, c3] = await ballotCandidates(db, id);
		await advanceElection(db, id, after(15));
		const yn = (a: string, b: string, c: string) => ({
			[`yn-${c1}`]: a,
			[`yn-${c2}`]: b,
			[`yn-${c3}`]: c
		});
		// A ranking on a yes/no ballot is junk.
		await expect(
			castElectionBallot(db, crew[4], id, { [`rank-${c1}`]: '1' })
		).rejects.toBeInstanceOf(Invalid);
		// 5, 4 and 3 yes of 5, all approved and no ties (a tie would be settled by lot, and the
		// test would be a gamble).
		await castElectionBallot(db, caller, id, yn('yes', 'yes', 'yes'));
		await castElectionBallot(db, crew[9], id, yn('yes', 'yes', 'yes'));
		await castElectionBallot(db, crew[5], id, yn('yes', 'yes', 'yes'));
		await castElectionBallot(db, crew[4], id, yn('yes', 'yes', 'no'));
		await castElectionBallot(db, crew[3], id, yn('yes', 'no', 'no'));
		await advanceElection(db, id, after(30));
		const [closed] = await db.select().from(elections).where(eq(elections.id, id));
		const result = closed.result as ElectionResult;
		// Without the rule the two men; with it, the second man is taken out and the woman elected.
		expect(result.balance?.excluded).toEqual([c2]);
		expect(result.balance?.met).toBe(true);
		expect(result.elected).toEqual([c1, c3]);
		expect(result.reserves).toEqual([c2]);
		// The seat holders sit on the committee.
		const sitting = await db
			.select({ memberId: committeeMembers.memberId })
			.from(committeeMembers)
			.where(eq(committeeMembers.committeeId, committee.id));
		expect(sitting.map((s) => s.memberId).sort()).toEqual([man1.id, woman.id].sort());
	});

	it('counts an election nobody stood in as electing nobody', async () => {
		const [committee] = await db
			.insert(committees)
			.values({ name: 'Empty committee', slug: 'empty-committee-el' })
			.returning({ id: committees.id });
		const { id } = await callElection(db, crew[0], {
			role: 'committee-seat',
			scope: `committee:${committee.id}`,
			method: 'irv',
			seats: '1'
		});
		await advanceElection(db, id, after(30));
		const [closed] = await db.select().from(elections).where(eq(elections.id, id));
		expect(closed.phase).toBe('closed');
		expect((closed.result as ElectionResult).elected).toEqual([]);
		await expect(
			callElection(db, crew[0], {
				role: 'committee-seat',
				scope: `committee:${committee.id}`,
				method: 'irv'
			})
		).rejects.toMatchObject({ fields: { method: 'election_error_irv_one_seat' } });
	});
});
