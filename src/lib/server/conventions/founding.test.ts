/**
 * The organisation's founding convention: called by a passed decision (the readiness
 * preconditions are not met in this world), every member a delegate; a vote kept open after the
 * session for other time zones hides its counts and cannot be closed early; ratifying the
 * membership rules makes the interim members members.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import { members } from '$lib/server/db/schema';
import { DomainError } from '$lib/server/errors';
import {
	close,
	inVoting,
	makeMembers,
	openWorld,
	type World
} from '$lib/server/decisions/test-world';
import { castBallot } from '$lib/server/decisions/ballots';
import { addDocument } from './documents';
import {
	addItem,
	callConvention,
	closeItem,
	closeSession,
	openNextItem,
	openSession
} from './commands';
import { castVote, closeMotion, moveMotion, ratifyDocument } from './motions';
import { sessionPage } from './queries';

let w: World;
let chair: Actor;
let interim: Actor[];

beforeAll(async () => {
	w = await openWorld();
	chair = w.people[0];
	interim = await makeMembers(w.db, 2, 'int', { tier: 'interim' });
}, 120_000);
afterAll(() => w?.conn.close());

describe('the founding convention', () => {
	it('is called by a decision, keeps a vote open for other time zones, and ratifying the membership rules makes interim members members', async () => {
		const decision = await inVoting(w.db, chair);
		for (const p of w.people) await castBallot(w.db, p, decision, { vote: 'yes' });
		await close(w.db, decision);
		const rules = await addDocument(w.db, chair, {
			title: 'Membership rules',
			scope: 'organisation',
			body: '## Interim members\nThey become members once these rules are ratified.',
			grantsMembership: 'on'
		});
		const { id } = await callConvention(
			w.db,
			chair,
			{
				title: 'Founding convention',
				scope: 'organisation',
				startsAt: '2026-01-10T10:00',
				hours: '2',
				voteWindowHours: '12',
				decision: String(decision)
			},
			'UTC'
		);
		await addItem(w.db, chair, id, {
			kind: 'ratification',
			title: 'Ratify',
			minutes: '30',
			document: String(rules.id)
		});
		await openSession(w.db, chair, id);
		const all = [...w.people, ...interim];
		const agenda = await moveMotion(w.db, chair, id, { kind: 'agenda', title: 'Agenda' });
		for (const p of all) await castVote(w.db, p, id, { motion: agenda, choice: 'yes' });
		await closeMotion(w.db, chair, id, { motion: agenda });
		await openNextItem(w.db, chair, id);

		// A procedural vote kept open after the session: counts hidden, no early close.
		const now = new Date();
		const late = await moveMotion(
			w.db,
			chair,
			id,
			{ kind: 'procedural', title: 'Late vote', window: 'on' },
			now
		);
		await castVote(w.db, chair, id, { motion: late, choice: 'yes' });
		const page = await sessionPage(w.db, chair, id);
		const shown = page.motions.find((m) => m.id === late)!;
		expect(shown.countsShown).toBe(false);
		expect(shown.closesAt!.getTime()).toBe(now.getTime() + 12 * 3_600_000);
		const early = await closeMotion(w.db, chair, id, { motion: late }).catch((e) => e);
		expect((early as DomainError).messageKey).toBe('convention_error_window_open');

		const ratify = await moveMotion(w.db, chair, id, {
			kind: 'ratification',
			title: 'Ratify',
			document: String(rules.id)
		});
		for (const p of all) await castVote(w.db, p, id, { motion: ratify, choice: 'yes' });
		await closeMotion(w.db, chair, id, { motion: ratify });
		await ratifyDocument(w.db, chair, id, { document: rules.id });
		const tiers = await w.db
			.select({ tier: members.tier })
			.from(members)
			.where(
				inArray(
					members.id,
					interim.map((p) => p.id)
				)
			);
		expect(tiers.map((t) => t.tier)).toEqual(['member', 'member']);

		// After the session, a late voter in another time zone still votes; then the chair closes it.
		await closeItem(w.db, chair, id);
		await closeSession(w.db, chair, id);
		await castVote(
			w.db,
			w.people[1],
			id,
			{ motion: late, choice: 'no' },
			new Date(now.getTime() + 3_600_000)
		);
		await closeMotion(w.db, chair, id, { motion: late }, new Date(now.getTime() + 13 * 3_600_000));
		const after = (await sessionPage(w.db, chair, id)).motions.find((m) => m.id === late)!;
		expect([after.yes, after.no, after.countsShown]).toEqual([1, 1, true]);
	});
});
