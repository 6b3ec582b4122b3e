import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { actorFor } from '$lib/server/db/testing';
import {
	chapterMemberships,
	committeeMembers,
	committees,
	decisions,
	projectMembers,
	projects
} from '$lib/server/db/schema';
import { acceptCoauthorship, inviteCoauthor } from './coauthors';
import { createDecision, reviseDecision, submitDecision, updateDraft } from './commands';
import { draft, openWorld, type World } from './test-world';

/**
 * A decision's authors act only inside a scope they belong to: on every write that sets the
 * scope (creating or changing a draft) or keeps it (submitting, revising), for every kind.
 */
let w: World;
let db: Db;
let people: Actor[];
let projectId: number;
let committeeId: number;

beforeAll(async () => {
	w = await openWorld();
	({ db, people } = w);
	const [ana] = people;
	[{ id: projectId }] = await db
		.insert(projects)
		.values({ title: 'Seed library', goals: 'Share seeds.', proposedBy: ana.id })
		.returning({ id: projects.id });
	[{ id: committeeId }] = await db
		.insert(committees)
		.values({ name: 'Finance', slug: 'finance-scope-test' })
		.returning({ id: committees.id });
});
afterAll(() => w.conn.close());

const scopeOf = async (id: number) =>
	(
		await db
			.select({ kind: decisions.scopeKind, id: decisions.scopeId, phase: decisions.phase })
			.from(decisions)
			.where(eq(decisions.id, id))
	)[0];

describe('a draft’s scope', () => {
	it.each(['chapter', 'project', 'committee'] as const)(
		'cannot be changed to a %s its author does not belong to',
		async (kind) => {
			// p5 belongs to no chapter, project or committee.
			const author = people[5];
			const id = await createDecision(db, author, draft());
			const target = { chapter: w.chapterId, project: projectId, committee: committeeId }[kind];
			await expect(
				updateDraft(db, author, id, draft({ scope: `${kind}:${target}` }))
			).rejects.toMatchObject({ status: 400, fields: { scope: 'decision_error_not_in_scope' } });
			expect(await scopeOf(id)).toMatchObject({ kind: 'organisation', id: null });
		}
	);

	it.each(['project', 'committee'] as const)(
		'may be changed to a %s its author belongs to',
		async (kind) => {
			const author = people[4];
			if (kind === 'project')
				await db.insert(projectMembers).values({ projectId, memberId: author.id });
			else await db.insert(committeeMembers).values({ committeeId, memberId: author.id });
			const target = kind === 'project' ? projectId : committeeId;
			const id = await createDecision(db, author, draft());
			await updateDraft(db, author, id, draft({ scope: `${kind}:${target}` }));
			expect(await scopeOf(id)).toMatchObject({ kind, id: target });
		}
	);

	it('is checked again on submit and revision: an author who left the chapter acts no more', async () => {
		const [ana] = people;
		const kept = await createDecision(db, ana, draft({ scope: `chapter:${w.chapterId}` }));
		const open = await createDecision(db, ana, draft({ scope: `chapter:${w.chapterId}` }));
		await submitDecision(db, ana, open);
		await db
			.delete(chapterMemberships)
			.where(
				and(eq(chapterMemberships.memberId, ana.id), eq(chapterMemberships.chapterId, w.chapterId))
			);
		const left = await actorFor(db, ana.id);
		await expect(submitDecision(db, left, kept)).rejects.toMatchObject({
			status: 403,
			messageKey: 'decision_error_author_not_in_scope'
		});
		expect((await scopeOf(kept)).phase).toBe('draft');
		await expect(
			reviseDecision(db, left, open, { title: 'Changed from outside', body: 'New text.' })
		).rejects.toMatchObject({ status: 403, messageKey: 'decision_error_author_not_in_scope' });
		// Keeping the chapter while changing the draft is refused too; moving it to a scope the
		// author is in is not.
		await expect(
			updateDraft(db, left, kept, draft({ scope: `chapter:${w.chapterId}` }))
		).rejects.toMatchObject({ fields: { scope: 'decision_error_not_in_scope' } });
		await updateDraft(db, left, kept, draft({ scope: 'organisation' }));
		await submitDecision(db, left, kept);
		expect((await scopeOf(kept)).phase).toBe('discussion');
	});

	it('binds a co-author too: an invitee who is not in the scope cannot accept', async () => {
		const [, ben, cai] = people;
		const id = await createDecision(db, ben, draft({ scope: `chapter:${w.chapterId}` }));
		await inviteCoauthor(db, ben, id, { handle: 'p2' });
		await db
			.delete(chapterMemberships)
			.where(
				and(eq(chapterMemberships.memberId, cai.id), eq(chapterMemberships.chapterId, w.chapterId))
			);
		await expect(acceptCoauthorship(db, await actorFor(db, cai.id), id)).rejects.toMatchObject({
			status: 403,
			messageKey: 'decision_error_cannot_accept'
		});
	});
});
