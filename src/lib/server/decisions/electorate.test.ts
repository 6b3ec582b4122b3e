import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { actorFor } from '$lib/server/db/testing';
import { chapterMemberships, decisions, instanceSettings } from '$lib/server/db/schema';
import { Forbidden } from '$lib/server/errors';
import { castBallot } from './ballots';
import { createDecision, submitDecision } from './commands';
import { electorateMinDays } from './electorate';
import { advanceDecision } from './advance';
import { draft, later, makeMembers, openWorld, type World } from './test-world';

/**
 * The electorate is fixed when a decision leaves the draft: joining the scope afterwards gives no
 * vote in it, and where the members ask for a minimum time in the scope, a recent member has none.
 */
let w: World;
beforeAll(async () => {
	w = await openWorld();
});
afterAll(async () => {
	await w?.conn.close();
});

async function chapterDecisionInVoting() {
	const [author] = w.people;
	const id = await createDecision(w.db, author, draft({ scope: `chapter:${w.chapterId}` }));
	await submitDecision(w.db, author, id);
	await advanceDecision(w.db, id, later(48.5));
	return id;
}

async function joinChapter(memberId: number, joinedAt = new Date()) {
	await w.db.insert(chapterMemberships).values({ chapterId: w.chapterId, memberId, joinedAt });
	return actorFor(w.db, memberId);
}

describe('the electorate of a decision', () => {
	it('reads the rule: fixed at submission, or a minimum of days in the scope', () => {
		expect(electorateMinDays('fixed-at-submission')).toBe(0);
		expect(electorateMinDays('min-days-in-scope:30')).toBe(30);
		expect(electorateMinDays('min-days-in-scope:-3')).toBe(0);
		expect(electorateMinDays({ days: 3 })).toBe(0);
	});

	it('is fixed on submission: a member who joins the chapter later does not vote in it', async () => {
		const id = await chapterDecisionInVoting();
		const [d] = await w.db.select().from(decisions).where(eq(decisions.id, id));
		expect(d.electorateCutoff).not.toBeNull();
		expect(d.electorateMinDays).toBe(0);
		const [latecomer] = await makeMembers(w.db, 1, 'late');
		const late = await joinChapter(latecomer.id);
		await expect(castBallot(w.db, late, id, { vote: 'yes' })).rejects.toBeInstanceOf(Forbidden);
		// A member of the chapter when it was submitted votes.
		await castBallot(w.db, w.people[1], id, { vote: 'yes' });
		expect(d.eligibleAtOpen).toBe(3);
	});

	it('asks for days in the scope when the members set a minimum', async () => {
		await w.db
			.insert(instanceSettings)
			.values({ key: 'decisions.electorate', value: 'min-days-in-scope:30' })
			.onConflictDoUpdate({ target: instanceSettings.key, set: { value: 'min-days-in-scope:30' } });
		const [recent, old] = await makeMembers(w.db, 2, 'span');
		const recentActor = await joinChapter(recent.id, new Date(Date.now() - 5 * 86_400_000));
		const oldActor = await joinChapter(old.id, new Date(Date.now() - 60 * 86_400_000));
		const id = await chapterDecisionInVoting();
		const [d] = await w.db.select().from(decisions).where(eq(decisions.id, id));
		expect(d.electorateMinDays).toBe(30);
		await expect(castBallot(w.db, recentActor, id, { vote: 'no' })).rejects.toBeInstanceOf(
			Forbidden
		);
		await castBallot(w.db, oldActor, id, { vote: 'no' });
	});
});
