import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { chapterMemberships, chapters, instanceSettings, members } from '$lib/server/db/schema';
import { organisationAtAGlance } from '$lib/server/glance/queries';
import { organisationFigures } from '$lib/server/members/queries';
import { chapterBySlug, chapterTree } from './queries';

/**
 * Public counts of members by place count only members whose place is public anyway (on the map
 * or listed), so subtracting the map from a chapter's count finds nobody who opted out of both.
 */
let conn: Connection;
let hiddenId: number;

beforeAll(async () => {
	conn = await createTestDatabase();
	const [fi] = await conn.db
		.insert(chapters)
		.values({ kind: 'country', country: 'FI', name: 'FI', slug: 'fi' })
		.returning({ id: chapters.id });
	const [oulu] = await conn.db
		.insert(chapters)
		.values({
			kind: 'local',
			parentId: fi.id,
			country: 'FI',
			city: 'Oulu',
			name: 'Oulu',
			slug: 'fi-oulu'
		})
		.returning({ id: chapters.id });
	// Three members in Oulu: one on the map, one only listed, one who chose neither. A fourth,
	// in Iceland, chose neither too: the only member there.
	const rows = await conn.db
		.insert(members)
		.values(
			(
				[
					['mapped', 'FI', { onMap: true }],
					['listed', 'FI', { inDirectory: true }],
					['hidden', 'FI', {}],
					['alone', 'IS', {}]
				] as const
			).map(([handle, country, choices]) => ({
				email: `${handle}@example.net`,
				passwordHash: '!',
				handle,
				displayName: `${handle} Person`,
				country,
				emailVerifiedAt: new Date(),
				...choices
			}))
		)
		.returning({ id: members.id, handle: members.handle });
	await conn.db
		.insert(chapterMemberships)
		.values(
			rows
				.filter((r) => r.handle !== 'alone')
				.map((r) => ({ chapterId: oulu.id, memberId: r.id, home: true }))
		);
	hiddenId = rows.find((r) => r.handle === 'hidden')!.id;
	// All three Oulu members are active: the chapter is active, though only two are counted.
	await conn.db.insert(instanceSettings).values({ key: 'chapters.active_members', value: 3 });
});
afterAll(async () => {
	await conn?.close();
});

describe('public counts of members by place', () => {
	it('count in the chapter tree only members on the map or listed', async () => {
		const tree = await chapterTree(conn.db);
		const fi = tree.chapters.find((c) => c.slug === 'fi')!;
		expect(fi.members).toBe(2);
		expect(fi.children.find((c) => c.slug === 'fi-oulu')?.members).toBe(2);
		expect(fi.children[0].active).toBe(2);
	});

	it('count on the chapter page and its growth the same way, for visitors and members', async () => {
		for (const who of [null, await actorFor(conn.db, hiddenId)]) {
			const page = await chapterBySlug(conn.db, who, 'fi-oulu');
			expect(page.stats).toMatchObject({ members: 2, active: 2, joinedLast90Days: 2 });
			expect(page.stats.growth.at(-1)?.total).toBe(2);
			expect(page.members.map((m) => m.handle)).toEqual(['listed']);
		}
	});

	it('still tell whether a chapter is active from all its active members, as a yes or no', async () => {
		const tree = await chapterTree(conn.db);
		expect(tree.chapters[0].children[0]).toMatchObject({ members: 2, isActive: true });
		const page = await chapterBySlug(conn.db, null, 'fi-oulu');
		expect(page.stats.isActive).toBe(true);
	});

	it('name no country on the landing page where only members off the map live', async () => {
		expect(await organisationFigures(conn.db)).toEqual({ members: 4, countries: 1 });
		const glance = await organisationAtAGlance(conn.db);
		expect(glance.countries).toBe(1);
	});
});
