/**
 * A project hidden from a viewer (the projects area's visibility rule) never shows its title
 * through a decision: not on the proposal form, not on the decision page, not in the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/server/db/client';
import { projects } from '$lib/server/db/schema';
import { createDecision, submitDecision } from './commands';
import { decisionPage } from './decision-page';
import { affectedChoices } from './proposal-form';
import { decisionResource } from './resource';
import { draft, openWorld, type World } from './test-world';

let w: World;
let db: Db;
let hidden: number;
let open: number;

beforeAll(async () => {
	w = await openWorld();
	db = w.db;
	// Seen by the Recife chapter (the first three people) only.
	[{ id: hidden }, { id: open }] = await db
		.insert(projects)
		.values([
			{
				title: 'Quiet tenants union',
				goals: 'Organise.',
				chapterId: w.chapterId,
				visibility: 'chapter',
				proposedBy: w.people[0].id
			},
			{ title: 'Open garden', goals: 'Grow.', proposedBy: w.people[0].id }
		])
		.returning({ id: projects.id });
});
afterAll(() => w.conn.close());

describe('a hidden project named as affected', () => {
	it('is offered on the proposal form only to those who may see it', async () => {
		const refs = async (i: number) =>
			(await affectedChoices(db, w.people[i], 'en')).projects.map((p) => p.ref);
		expect(await refs(0)).toEqual(expect.arrayContaining([`project:${hidden}`, `project:${open}`]));
		expect(await refs(5)).toEqual([`project:${open}`]);
	});

	it('cannot be named by someone it is hidden from, and nothing is written', async () => {
		await expect(
			createDecision(db, w.people[5], draft({ affected: [`project:${hidden}`] }))
		).rejects.toMatchObject({ status: 400, fields: { affected: 'decision_error_unknown_scope' } });
	});

	it('shows on the decision page and in the API as a project the viewer cannot see', async () => {
		const [ana] = w.people;
		const id = await createDecision(
			db,
			ana,
			draft({ affected: [`project:${hidden}`, `project:${open}`] })
		);
		await submitDecision(db, ana, id);
		for (const viewer of [null, w.people[5]]) {
			const page = await decisionPage(db, viewer, 'en', id);
			expect(page.groups).toEqual(
				expect.arrayContaining([
					{
						ref: `project:${hidden}`,
						kind: 'project',
						name: 'a project you cannot see',
						url: null
					},
					expect.objectContaining({ name: 'Open garden' })
				])
			);
			const api = await decisionResource(db, viewer, 'es', 'https://x.test', id);
			expect(api.affectedGroups.map((g) => g.name)).toContain('un proyecto que no puedes ver');
			expect(JSON.stringify([page, api])).not.toContain('Quiet tenants');
		}
		const own = await decisionPage(db, ana, 'en', id);
		expect(own.groups.map((g) => g.name)).toContain('Quiet tenants union');
	});
});
