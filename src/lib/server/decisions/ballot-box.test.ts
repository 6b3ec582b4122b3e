import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { ballots, decisionOptions, decisions, events } from '$lib/server/db/schema';
import { Forbidden, Invalid, NotFound } from '$lib/server/errors';
import { castBallotTogether } from './ballot-box';
import { declareStake, writeBallotsAtOnce } from './ballots';
import { createDecision } from './commands';
import {
	close,
	currentBallots,
	draft,
	inVoting,
	makeMembers,
	openWorld,
	type World
} from './test-world';

let w: World;
let db: Db;
let people: Actor[];

beforeAll(async () => {
	w = await openWorld();
	({ db, people } = w);
});
afterAll(() => w.conn.close());

/** How many transactions wrote the decision's ballots: rows written together share their xmin. */
async function transactionsThatWrote(id: number) {
	const r = await db.execute<{ n: number }>(
		sql`select count(distinct xmin::text)::int as n from ballots where decision_id = ${id}`
	);
	return Number(r.rows[0].n);
}

const ballotEvents = (id: number) =>
	db
		.select({ type: events.type, actorId: events.actorId, data: events.data })
		.from(events)
		.where(and(eq(events.subjectType, 'decision'), eq(events.subjectId, id)))
		.then((rows) => rows.filter((e) => e.type.startsWith('ballot.')));

describe('the ballot box', () => {
	it('writes ballots cast at the same moment in one statement, each counted once', async () => {
		const voters = await makeMembers(db, 40, 'box');
		const id = await inVoting(db, people[0]);
		const cast = await Promise.all(
			voters.map((v, i) => castBallotTogether(db, v, id, { vote: i % 3 ? 'yes' : 'no' }))
		);
		expect(cast.every((c) => c.weight === 1 && !c.changed && c.receipt === null)).toBe(true);
		expect(await currentBallots(db, id)).toBe(40);
		expect(await transactionsThatWrote(id)).toBe(1);
		const logged = await ballotEvents(id);
		expect(logged).toHaveLength(40);
		expect(new Set(logged.map((e) => e.actorId))).toEqual(new Set(voters.map((v) => v.id)));
		expect(logged.every((e) => e.type === 'ballot.cast')).toBe(true);

		// Voting again at once: every earlier ballot is superseded, none lost, none doubled.
		const again = await Promise.all(
			voters.map((v) => castBallotTogether(db, v, id, { vote: 'yes' }))
		);
		expect(again.every((c) => c.changed)).toBe(true);
		expect(await currentBallots(db, id)).toBe(40);
		const rows = await db.select().from(ballots).where(eq(ballots.decisionId, id));
		expect(rows).toHaveLength(80);
		expect((await ballotEvents(id)).filter((e) => e.type === 'ballot.changed')).toHaveLength(40);
	});

	it("keeps one voter's ballots in the order they were cast, a double click included", async () => {
		const [ana, ben] = people;
		const id = await inVoting(db, ana);
		const [first, second, third] = await Promise.all([
			castBallotTogether(db, ben, id, { vote: 'no' }),
			castBallotTogether(db, ben, id, { vote: 'yes' }),
			castBallotTogether(db, ana, id, { vote: 'no' })
		]);
		expect([first.changed, second.changed, third.changed]).toEqual([false, true, false]);
		const [current] = await db
			.select({ choice: ballots.choice })
			.from(ballots)
			.where(
				and(eq(ballots.decisionId, id), eq(ballots.voterId, ben.id), isNull(ballots.supersededAt))
			);
		expect(current.choice).toEqual({ vote: 'yes' });
		expect(await currentBallots(db, id)).toBe(2);
	});

	it("reads a ranking against the decision's options in the batch, refusing an unknown one", async () => {
		const [ana, ben, cai] = people;
		const id = await inVoting(db, ana, {
			ballotType: 'choice',
			method: 'schulze',
			options: 'Keep\nChange\nPostpone'
		});
		const options = await db
			.select({ id: decisionOptions.id })
			.from(decisionOptions)
			.where(eq(decisionOptions.decisionId, id))
			.orderBy(decisionOptions.position);
		const [a, , c] = options.map((o) => o.id);
		const answers = await Promise.allSettled([
			castBallotTogether(db, ben, id, { [`rank_${c}`]: '1', [`rank_${a}`]: '2' }),
			castBallotTogether(db, cai, id, { rank_99999: '1' })
		]);
		expect(answers[0].status).toBe('fulfilled');
		expect(answers[1]).toMatchObject({
			status: 'rejected',
			reason: { fields: { options: 'ballot_error_unknown_option' } }
		});
		const [row] = await db
			.select({ choice: ballots.choice })
			.from(ballots)
			.where(and(eq(ballots.decisionId, id), eq(ballots.voterId, ben.id)));
		expect(row.choice).toEqual({ ranking: [[String(c)], [String(a)]] });
	});

	it('refuses in a batch what castBallot refuses, with its message, and takes the rest', async () => {
		const [ana, ben, cai] = people;
		const id = await inVoting(db, ana, { scope: `chapter:${w.chapterId}` });
		const answers = await Promise.allSettled([
			castBallotTogether(db, ben, id, { vote: 'yes' }),
			castBallotTogether(db, people[5], id, { vote: 'yes' }), // outside the chapter
			castBallotTogether(db, w.friend, id, { vote: 'yes' }), // a tier without the vote
			castBallotTogether(db, cai, id, { vote: 'maybe' }),
			castBallotTogether(db, null, id, { vote: 'yes' })
		]);
		expect(answers.map((a) => a.status)).toEqual([
			'fulfilled',
			'rejected',
			'rejected',
			'rejected',
			'rejected'
		]);
		const reasons = answers.map((a) => (a.status === 'rejected' ? a.reason : null));
		expect(reasons[1]).toMatchObject({ messageKey: 'ballot_error_not_eligible' });
		expect(reasons[2]).toBeInstanceOf(Forbidden);
		expect(reasons[3]).toBeInstanceOf(Invalid);
		expect(reasons[3]).toMatchObject({ fields: { vote: 'ballot_error_choose' } });
		expect(reasons[4]).toMatchObject({ messageKey: 'error_login_required' });
		expect(await currentBallots(db, id)).toBe(1);
		expect(await ballotEvents(id)).toHaveLength(1);
	});

	it('takes nothing before voting opens or after it closes, nor on a draft', async () => {
		const [ana, ben, cai] = people;
		const hidden = await createDecision(db, ana, draft());
		await expect(castBallotTogether(db, ben, hidden, { vote: 'yes' })).rejects.toBeInstanceOf(
			NotFound
		);
		const id = await inVoting(db, ana);
		await close(db, id);
		const late = await Promise.allSettled([
			castBallotTogether(db, ben, id, { vote: 'yes' }),
			castBallotTogether(db, cai, id, { vote: 'no' })
		]);
		for (const a of late)
			expect(a).toMatchObject({
				status: 'rejected',
				reason: { messageKey: 'ballot_error_closed' }
			});
		expect(await currentBallots(db, id)).toBe(0);
	});

	it('writes nothing in its one statement once the decision has closed since it was read', async () => {
		const [ana, ben, cai] = people;
		const id = await inVoting(db, ana);
		const [read] = await db.select().from(decisions).where(eq(decisions.id, id));
		const batch = (voters: Actor[]) =>
			voters.map((v) => ({
				voterId: v.id,
				reading: { ok: true as const, choice: { vote: 'yes' as const }, reason: '' },
				weight: 1
			}));
		// Read open, then closed before the batch is written: the statement finds it closed.
		await close(db, id);
		expect(await writeBallotsAtOnce(db, read, batch([ben, cai]), new Date())).toBeNull();
		expect(await currentBallots(db, id)).toBe(0);
		expect(await ballotEvents(id)).toHaveLength(0);
	});

	it("weighs each voter as castBallot does, and keeps a secret ballot's weight out of the log", async () => {
		const [ana, ben, cai, dee] = people;
		const staked = await inVoting(db, ana, { weighting: 'stake', stakeLevels: '5' });
		await declareStake(db, ben, staked, { level: '4', reason: 'I live there' });
		await declareStake(db, cai, staked, { level: '2', reason: 'Nearby' });
		const weights = await Promise.all(
			[ben, cai, dee].map((v) => castBallotTogether(db, v, staked, { vote: 'yes' }))
		);
		expect(weights.map((c) => c.weight)).toEqual([4, 2, 1]);
		expect((await ballotEvents(staked)).map((e) => e.data)).toEqual([
			{ weight: 4 },
			{ weight: 2 },
			{ weight: 1 }
		]);

		const grouped = await inVoting(db, ana, {
			weighting: 'group',
			groupFactor: '3',
			affected: [`chapter:${w.chapterId}`]
		});
		const byGroup = await Promise.all(
			[ana, dee].map((v) => castBallotTogether(db, v, grouped, { vote: 'no' }))
		);
		expect(byGroup.map((c) => c.weight)).toEqual([3, 1]);

		const hidden = await inVoting(db, ana, { secret: 'on' });
		const secret = await Promise.all(
			[ana, dee].map((v) => castBallotTogether(db, v, hidden, { vote: 'no' }))
		);
		expect(secret.every((c) => /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/.test(c.receipt ?? ''))).toBe(
			true
		);
		expect(secret[0].receipt).not.toBe(secret[1].receipt);
		expect((await ballotEvents(hidden)).map((e) => e.data)).toEqual([{}, {}]);
	});
});
