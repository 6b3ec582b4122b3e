import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
	chapterMemberships,
	events,
	instanceSettings,
	mandates,
	members
} from '$lib/server/db/schema';
import { actorFor } from '$lib/server/db/testing';
import { Conflict, Forbidden } from '$lib/server/errors';
import { signedUpAndVerified } from '$lib/server/accounts/test-accounts';
import { makeMembers, openWorld, type World } from '$lib/server/decisions/test-world';
import { awaitingConfirmation, confirmTier, ownTier, promoteByTime } from './tiers';

let w: World;
beforeAll(async () => {
	w = await openWorld();
}, 60_000);
afterAll(() => w?.conn.close());

const setRule = (key: 'tiers.interim_rule' | 'tiers.member_rule', value: string) =>
	w.db
		.insert(instanceSettings)
		.values({ key, value })
		.onConflictDoUpdate({ target: instanceSettings.key, set: { value } });

const tierOf = async (handle: string) =>
	(await w.db.select({ tier: members.tier }).from(members).where(eq(members.handle, handle)))[0]
		.tier;

const monthsAgo = (n: number) => {
	const d = new Date();
	d.setUTCMonth(d.getUTCMonth() - n);
	return d;
};

describe('the tier a new member gets', () => {
	it('is interim on joining by default', async () => {
		const ana = await signedUpAndVerified(w.db);
		expect(await tierOf(ana.handle)).toBe('interim');
	});

	it('is friend when becoming interim needs the chapter, member when joining is enough for both', async () => {
		await setRule('tiers.interim_rule', 'chapter-confirmation');
		const bea = await signedUpAndVerified(w.db);
		expect(await tierOf(bea.handle)).toBe('friend');
		await setRule('tiers.interim_rule', 'sign-up');
		await setRule('tiers.member_rule', 'sign-up');
		const cai = await signedUpAndVerified(w.db);
		expect(await tierOf(cai.handle)).toBe('member');
		await setRule('tiers.member_rule', 'convention');
	});
});

describe('promotion by time', () => {
	it('moves interim members after N months, and no one else', async () => {
		const [due, early, friend] = await makeMembers(w.db, 3, 'time', { tier: 'interim' });
		await w.db
			.update(members)
			.set({ tierSince: monthsAgo(7) })
			.where(eq(members.id, due.id));
		await w.db
			.update(members)
			.set({ tierSince: monthsAgo(5) })
			.where(eq(members.id, early.id));
		await w.db
			.update(members)
			.set({ tier: 'friend', tierSince: monthsAgo(30) })
			.where(eq(members.id, friend.id));
		// 'convention': time does nothing.
		expect(await promoteByTime(w.db)).toBe(0);
		await setRule('tiers.member_rule', 'months:6');
		expect(await promoteByTime(w.db)).toBe(1);
		expect(await tierOf('time0')).toBe('member');
		expect(await tierOf('time1')).toBe('interim');
		expect(await tierOf('time2')).toBe('friend');
		const [e] = await w.db
			.select()
			.from(events)
			.where(and(eq(events.type, 'member.promoted'), eq(events.subjectId, due.id)));
		expect(e.data).toEqual({ from: 'interim', to: 'member', by: 'time' });
		// Run again: nothing more.
		expect(await promoteByTime(w.db)).toBe(0);
		const mine = await ownTier(w.db, await actorFor(w.db, early.id), 'en');
		expect(mine.next?.how).toMatch(/^It comes after 6 months as Interim member, on /);
		await setRule('tiers.member_rule', 'convention');
	});
});

describe("confirmation by the member's chapter", () => {
	it("lets a facilitator of the friend's chapter confirm them, and no one else", async () => {
		await setRule('tiers.interim_rule', 'chapter-confirmation');
		const [newcomer] = await makeMembers(w.db, 1, 'newcomer', { tier: 'friend' });
		await w.db.insert(chapterMemberships).values({ chapterId: w.chapterId, memberId: newcomer.id });
		const [facilitator, bystander] = w.people;
		await w.db.insert(mandates).values({
			memberId: facilitator.id,
			role: 'facilitator',
			scopeKind: 'chapter',
			scopeId: w.chapterId,
			startsAt: new Date(Date.now() - 60_000)
		});
		const f0 = await actorFor(w.db, facilitator.id);
		const waiting = await awaitingConfirmation(w.db, f0, 'en');
		// The newcomer, and the friend who joined in Recife under the same rule (first test).
		expect(waiting.members.map((m) => [m.person.handle, m.next])).toContainEqual([
			'newcomer0',
			'Interim member'
		]);
		expect((await awaitingConfirmation(w.db, bystander, 'en')).facilitator).toBe(false);
		const refused = await confirmTier(w.db, bystander, newcomer.id).catch((e) => e);
		expect(refused).toBeInstanceOf(Forbidden);
		const f = await actorFor(w.db, facilitator.id);
		await confirmTier(w.db, f, newcomer.id);
		expect(await tierOf('newcomer0')).toBe('interim');
		const after = (await awaitingConfirmation(w.db, f, 'en')).members;
		expect(after.map((m) => m.person.handle)).not.toContain('newcomer0');
		// The next step (to member) is by the convention: the chapter cannot take it.
		expect(await confirmTier(w.db, f, newcomer.id).catch((e) => e)).toBeInstanceOf(Conflict);
		const mine = await ownTier(w.db, await actorFor(w.db, newcomer.id), 'en');
		expect(mine).toMatchObject({ tier: 'Interim member' });
		expect(mine.rights).toContain('Vote');
		expect(mine.next?.how).toBe('The founding convention decides who becomes a member.');
	});
});
