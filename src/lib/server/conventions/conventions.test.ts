/**
 * A chapter convention from its call to its minutes, with the real commands on a real database:
 * a charter gathered amendments before; the agenda is adopted by vote; the progressive stack
 * orders the queue; an amendment is taken in by vote; a ratification below the threshold is
 * refused, the next one carries; the minutes are published and corrected by motion. Each kind of
 * bad input answers its 4xx and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import { conventionDelegates, foundingDocuments, members } from '$lib/server/db/schema';
import { DomainError } from '$lib/server/errors';
import { openWorld, type World } from '$lib/server/decisions/test-world';
import { proposeAmendment } from '$lib/server/decisions/amendments';
import { addDocument, documentPage, openAmendments } from './documents';
import {
	addItem,
	callConvention,
	closeItem,
	closeSession,
	openNextItem,
	openSession,
	publishMinutes
} from './commands';
import { joinQueue, queueOf, takeFloor, yieldFloor } from './queue';
import { castVote, closeMotion, moveMotion, ratifyDocument } from './motions';
import { minutesPage, sessionPage } from './queries';

let w: World;
let ana: Actor, ben: Actor, cai: Actor, outsider: Actor;
let conventionId: number;
let documentId: number;
let amendmentId: number;

async function refused(promise: Promise<unknown>, status: number, key?: string) {
	const err = await promise.then(
		() => null,
		(e) => e
	);
	expect(err, 'should be refused').toBeInstanceOf(DomainError);
	expect((err as DomainError).status).toBe(status);
	if (key) expect((err as DomainError).messageKey).toBe(key);
}

async function vote(motion: number, choices: [Actor, 'yes' | 'no' | 'abstain'][]) {
	for (const [who, choice] of choices) await castVote(w.db, who, conventionId, { motion, choice });
}

beforeAll(async () => {
	w = await openWorld();
	[ana, ben, cai] = w.people;
	outsider = w.people[5];
}, 120_000);
afterAll(() => w?.conn.close());

const charter = [
	'Preamble.',
	'',
	'## Aims',
	'We meet monthly.',
	'',
	'## Means',
	'By consensus.',
	''
].join('\n');

describe('a chapter convention', () => {
	it('registers a charter and gathers amendments on a decision, by section', async () => {
		const doc = await addDocument(w.db, ana, {
			title: 'Recife chapter charter',
			scope: `chapter:${w.chapterId}`,
			body: charter
		});
		documentId = doc.id;
		await refused(
			addDocument(w.db, outsider, { title: 'X', scope: `chapter:${w.chapterId}`, body: 'x' }),
			403
		);
		const decisionId = await openAmendments(w.db, ana, documentId);
		amendmentId = await proposeAmendment(w.db, cai, decisionId, {
			body: charter.replace('We meet monthly.', 'We meet every two weeks.'),
			reason: 'More often.'
		});
		const page = await documentPage(w.db, ana, doc.slug);
		expect(page.document.status).toBe('under-amendment');
		expect(page.sections.map((s) => s.heading)).toEqual(['Aims']);
		expect(page.sections[0].amendments.map((a) => a.id)).toEqual([amendmentId]);
	});

	it('is called by a member of the chapter; the organisation’s needs readiness or a decision', async () => {
		await refused(
			callConvention(
				w.db,
				ana,
				{ title: 'Founding', scope: 'organisation', startsAt: '2027-01-10T10:00' },
				'UTC'
			),
			409,
			'convention_error_not_ready'
		);
		await refused(
			callConvention(
				w.db,
				ana,
				{ title: 'X', scope: `chapter:${w.chapterId}`, startsAt: 'soon' },
				'UTC'
			),
			400
		);
		const called = await callConvention(
			w.db,
			ana,
			{
				title: 'Recife assembly',
				scope: `chapter:${w.chapterId}`,
				startsAt: '2027-01-10T10:00',
				hours: '3',
				chairs: ben.id
					? (
							await w.db.select({ h: members.handle }).from(members).where(eq(members.id, ben.id))
						)[0].h
					: ''
			},
			'America/Recife'
		);
		conventionId = called.id;
		const page = await sessionPage(w.db, ana, conventionId);
		expect(page.convention.startsAt.toISOString()).toBe('2027-01-10T13:00:00.000Z');
	});

	it('has its agenda shaped by the caller, not by others', async () => {
		await refused(
			addItem(w.db, cai, conventionId, { kind: 'other', title: 'X', minutes: '5' }),
			403,
			'convention_error_not_organiser'
		);
		await addItem(w.db, ana, conventionId, {
			kind: 'amendments',
			title: 'Amendments to the charter',
			minutes: '30',
			document: String(documentId)
		});
		await addItem(w.db, ana, conventionId, {
			kind: 'ratification',
			title: 'Ratify the charter',
			minutes: '20',
			document: String(documentId)
		});
		await openSession(w.db, ana, conventionId);
		const delegates = await w.db
			.select()
			.from(conventionDelegates)
			.where(eq(conventionDelegates.conventionId, conventionId));
		expect(delegates.map((d) => d.memberId).sort()).toEqual([ana.id, ben.id, cai.id].sort());
		await refused(
			addItem(w.db, ana, conventionId, { kind: 'other', title: 'Late', minutes: '5' }),
			409
		);
	});

	it('adopts the agenda by vote before any item opens; non-delegates do not vote', async () => {
		await refused(
			openNextItem(w.db, ana, conventionId),
			409,
			'convention_error_agenda_not_adopted'
		);
		const motion = await moveMotion(w.db, cai, conventionId, {
			kind: 'agenda',
			title: 'Adopt the agenda'
		});
		await refused(
			castVote(w.db, outsider, conventionId, { motion, choice: 'yes' }),
			403,
			'convention_error_not_delegate'
		);
		await vote(motion, [
			[ana, 'yes'],
			[ben, 'yes'],
			[cai, 'no']
		]);
		await refused(
			closeMotion(w.db, cai, conventionId, { motion }),
			403,
			'convention_error_not_chair'
		);
		await closeMotion(w.db, ana, conventionId, { motion });
		expect((await sessionPage(w.db, ana, conventionId)).adopted).toBe(true);
	});

	it('runs the speaker queue as a progressive stack, points of order first', async () => {
		await refused(openNextItem(w.db, ben, conventionId), 403, 'convention_error_not_chair');
		await openNextItem(w.db, ana, conventionId);
		await joinQueue(w.db, ben, conventionId, {});
		await refused(joinQueue(w.db, ben, conventionId, {}), 409, 'convention_error_in_queue');
		await joinQueue(w.db, cai, conventionId, {});
		await refused(takeFloor(w.db, cai, conventionId), 409, 'convention_error_not_your_turn');
		await takeFloor(w.db, ben, conventionId);
		await yieldFloor(w.db, ben, conventionId);
		await joinQueue(w.db, ben, conventionId, {});
		await joinQueue(w.db, ana, conventionId, {});
		let queue = await queueOf(w.db, ana, conventionId);
		// Cai and Ana have not spoken: both before Ben, who has.
		expect(queue.waiting.map((q) => q.memberId)).toEqual([cai.id, ana.id, ben.id]);
		await joinQueue(w.db, ben, conventionId, { kind: 'order' });
		queue = await queueOf(w.db, ana, conventionId);
		expect(queue.waiting.map((q) => [q.memberId, q.kind])).toEqual([
			[ben.id, 'order'],
			[cai.id, 'speech'],
			[ana.id, 'speech'],
			[ben.id, 'speech']
		]);
		await refused(joinQueue(w.db, outsider, conventionId, {}), 403);
	});

	it('takes an amendment into the document by vote', async () => {
		const motion = await moveMotion(w.db, cai, conventionId, {
			kind: 'amendment',
			title: 'Meet every two weeks',
			document: String(documentId),
			amendment: String(amendmentId)
		});
		await vote(motion, [
			[ana, 'yes'],
			[ben, 'yes'],
			[cai, 'yes']
		]);
		await closeMotion(w.db, ana, conventionId, { motion });
		const [doc] = await w.db
			.select()
			.from(foundingDocuments)
			.where(eq(foundingDocuments.id, documentId));
		expect(doc.version).toBe(2);
		expect(doc.body).toContain('We meet every two weeks.');
		await closeItem(w.db, ana, conventionId);
	});

	it('ratifies only past the threshold, under the next chair in the rotation', async () => {
		await refused(openNextItem(w.db, ana, conventionId), 403, 'convention_error_not_chair');
		await openNextItem(w.db, ben, conventionId);
		await refused(
			ratifyDocument(w.db, ben, conventionId, { document: documentId }),
			409,
			'convention_error_threshold_not_met'
		);
		const first = await moveMotion(w.db, ana, conventionId, {
			kind: 'ratification',
			title: 'Ratify',
			document: String(documentId)
		});
		await vote(first, [
			[ana, 'yes'],
			[ben, 'no']
		]);
		await closeMotion(w.db, ben, conventionId, { motion: first });
		await refused(
			ratifyDocument(w.db, ben, conventionId, { document: documentId }),
			409,
			'convention_error_threshold_not_met'
		);
		let [doc] = await w.db
			.select()
			.from(foundingDocuments)
			.where(eq(foundingDocuments.id, documentId));
		expect(doc.status).toBe('under-amendment');
		const second = await moveMotion(w.db, ana, conventionId, {
			kind: 'ratification',
			title: 'Ratify',
			document: String(documentId)
		});
		await vote(second, [
			[ana, 'yes'],
			[ben, 'yes'],
			[cai, 'abstain']
		]);
		await closeMotion(w.db, ben, conventionId, { motion: second });
		await ratifyDocument(w.db, ben, conventionId, { document: documentId });
		[doc] = await w.db.select().from(foundingDocuments).where(eq(foundingDocuments.id, documentId));
		expect(doc.status).toBe('ratified');
		expect(doc.version).toBe(3);
		await closeItem(w.db, ben, conventionId);
	});

	it('publishes minutes after the session, and corrects them by motion', async () => {
		await refused(publishMinutes(w.db, ana, conventionId), 409);
		await closeSession(w.db, ana, conventionId);
		await refused(minutesPage(w.db, ana, conventionId), 409);
		await publishMinutes(w.db, ana, conventionId);
		const minutes = await minutesPage(w.db, cai, conventionId);
		const kinds = minutes.entries.map((e) => e.kind);
		for (const kind of [
			'opened',
			'agenda-adopted',
			'item-opened',
			'speaker',
			'motion',
			'result',
			'ratified',
			'closed'
		])
			expect(kinds).toContain(kind);
		const speaker = minutes.entries.find((e) => e.kind === 'speaker')!;
		const fix = await moveMotion(w.db, cai, conventionId, {
			kind: 'correction',
			minute: String(speaker.id),
			body: 'Ben spoke on the aims.'
		});
		await vote(fix, [
			[ana, 'yes'],
			[ben, 'yes']
		]);
		await closeMotion(w.db, ana, conventionId, { motion: fix });
		const corrected = await minutesPage(w.db, cai, conventionId);
		const entry = corrected.entries.find((e) => e.id === speaker.id)!;
		expect(entry.correctedBy).not.toBeNull();
		expect(corrected.entries.find((e) => e.id === entry.correctedBy)?.text).toBe(
			'Ben spoke on the aims.'
		);
	});
});
