import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { decisionAuthors, decisionInvitations, events } from '$lib/server/db/schema';
import { Forbidden, NotFound } from '$lib/server/errors';
import {
	acceptCoauthorship,
	declineCoauthorship,
	inviteCoauthor,
	myInvitations
} from './coauthors';
import { createDecision, submitDecision, updateDraft } from './commands';
import { authors } from './context';
import { decisionPage } from './queries';
import { draft, openWorld, type World } from './test-world';

let w: World;
let db: Db;
let people: Actor[];

beforeAll(async () => {
	w = await openWorld();
	({ db, people } = w);
});
afterAll(() => w.conn.close());

const typesOf = async (id: number) =>
	(
		await db
			.select({ type: events.type, data: events.data })
			.from(events)
			.where(and(eq(events.subjectType, 'decision'), eq(events.subjectId, id)))
			.orderBy(events.id)
	).map((e) => e.type);

const invitationsOf = (id: number) =>
	db.select().from(decisionInvitations).where(eq(decisionInvitations.decisionId, id));

describe('co-authorship is an invitation', () => {
	it('makes nobody an author without their consent', async () => {
		const [ana, ben] = people;
		const id = await createDecision(db, ana, draft());
		await inviteCoauthor(db, ana, id, { handle: 'p1' });

		// Invited, not an author: Ben reads the draft and sees the invitation, but cannot change it.
		expect(await authors(db, id)).toEqual([ana.id]);
		const page = await decisionPage(db, ben, 'en', id);
		expect(page.me).toMatchObject({ isAuthor: false, isInvited: true });
		expect(page.me.may).toMatchObject({
			edit: false,
			submit: false,
			inviteCoauthor: false,
			acceptCoauthorship: true,
			declineCoauthorship: true
		});
		expect((await myInvitations(db, ben)).map((d) => d.id)).toEqual([id]);
		await expect(updateDraft(db, ben, id, draft({ title: 'Taken over' }))).rejects.toBeInstanceOf(
			Forbidden
		);
		await expect(submitDecision(db, ben, id)).rejects.toBeInstanceOf(Forbidden);
		// The author sees who has not answered yet.
		expect((await decisionPage(db, ana, 'en', id)).invitees.map((p) => p.handle)).toEqual(['p1']);

		await acceptCoauthorship(db, ben, id);
		expect(await authors(db, id)).toEqual([ana.id, ben.id]);
		expect(await invitationsOf(id)).toEqual([]);
		expect(await myInvitations(db, ben)).toEqual([]);
		expect(await typesOf(id)).toEqual([
			'decision.drafted',
			'coauthor.invited',
			'coauthor.accepted'
		]);
		// Accepting twice is refused: there is no invitation any more.
		await expect(acceptCoauthorship(db, ben, id)).rejects.toBeInstanceOf(Forbidden);
	});

	it('may be declined, after which the draft is out of sight again', async () => {
		const [ana, , cai] = people;
		const id = await createDecision(db, ana, draft());
		await inviteCoauthor(db, ana, id, { handle: '@P2' });
		await declineCoauthorship(db, cai, id);
		expect(await invitationsOf(id)).toEqual([]);
		expect(await authors(db, id)).toEqual([ana.id]);
		await expect(decisionPage(db, cai, 'en', id)).rejects.toBeInstanceOf(NotFound);
		await expect(acceptCoauthorship(db, cai, id)).rejects.toBeInstanceOf(NotFound);
		expect(await typesOf(id)).toContain('coauthor.declined');
	});

	it('cannot be accepted by anyone else, nor offered by a non-author', async () => {
		const [ana, ben, cai] = people;
		const id = await createDecision(db, ana, draft());
		await inviteCoauthor(db, ana, id, { handle: 'p1' });
		// Cai was not invited: the draft does not exist for him.
		await expect(acceptCoauthorship(db, cai, id)).rejects.toBeInstanceOf(NotFound);
		// The invitee cannot invite others before accepting.
		await expect(inviteCoauthor(db, ben, id, { handle: 'p2' })).rejects.toBeInstanceOf(Forbidden);
		expect((await invitationsOf(id)).map((i) => i.memberId)).toEqual([ben.id]);
		await expect(acceptCoauthorship(db, null as unknown as Actor, id)).rejects.toMatchObject({
			status: 401
		});
	});

	it('is offered only to members of the scope, and lapses when the draft is submitted', async () => {
		const [ana, ben] = people;
		const id = await createDecision(db, ana, draft({ scope: `chapter:${w.chapterId}` }));
		// p5 is not in the Recife chapter.
		await expect(inviteCoauthor(db, ana, id, { handle: 'p5' })).rejects.toMatchObject({
			fields: { handle: 'decision_error_coauthor_not_in_scope' }
		});
		await inviteCoauthor(db, ana, id, { handle: 'p1' });
		await submitDecision(db, ana, id);
		expect(await invitationsOf(id)).toEqual([]);
		await expect(acceptCoauthorship(db, ben, id)).rejects.toBeInstanceOf(Forbidden);
		const rows = await db.select().from(decisionAuthors).where(eq(decisionAuthors.decisionId, id));
		expect(rows.map((r) => r.memberId)).toEqual([ana.id]);
	});
});
