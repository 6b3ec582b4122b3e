import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { chapterMemberships, chapters, members } from '$lib/server/db/schema';
import { Invalid, NotFound } from '$lib/server/errors';
import { pageNumber } from '$lib/server/paging';
import { conventionReadiness, readinessFigures } from '$lib/server/glance/queries';
import { conventionList } from '$lib/server/conventions/queries';
import { CARD_CHAPTERS, chapterBySlug, chapterOverview, findChapters } from './queries';

/**
 * The chapters pages stay the same size however many chapters there are: a country's card shows
 * its busiest few, its own page lists the rest a page at a time, and a search finds any by name.
 */
let conn: Connection;
const LOCALS = CARD_CHAPTERS + 4;

beforeAll(async () => {
	conn = await createTestDatabase();
	const [no, is] = await conn.db
		.insert(chapters)
		.values([
			{ kind: 'country', country: 'NO', name: 'Norway', slug: 'no' },
			{ kind: 'country', country: 'IS', name: 'Iceland', slug: 'is' }
		])
		.returning({ id: chapters.id });
	const towns = Array.from({ length: LOCALS }, (_, i) => `Town ${String(i + 1).padStart(2, '0')}`);
	const locals = await conn.db
		.insert(chapters)
		.values([
			...towns.map((name, i) => ({
				kind: 'local',
				parentId: no.id,
				country: 'NO',
				city: name,
				name,
				slug: `no-town-${i + 1}`
			})),
			{
				kind: 'local',
				parentId: is.id,
				country: 'IS',
				city: 'Reykjavík',
				name: 'Reykjavík',
				slug: 'is-reykjavik'
			},
			{
				kind: 'local',
				parentId: is.id,
				country: 'IS',
				city: '50%_off',
				name: '50%_off',
				slug: 'is-odd'
			}
		])
		.returning({ id: chapters.id, slug: chapters.slug });
	// The last town is the busiest: the card shows it first, though it comes last by name.
	const [person] = await conn.db
		.insert(members)
		.values({
			email: 'p@example.net',
			passwordHash: '!',
			handle: 'person',
			displayName: 'Person',
			country: 'NO',
			onMap: true,
			emailVerifiedAt: new Date()
		})
		.returning({ id: members.id });
	await conn.db.insert(chapterMemberships).values({
		chapterId: locals.find((l) => l.slug === `no-town-${LOCALS}`)!.id,
		memberId: person.id,
		home: true
	});
});
afterAll(async () => {
	await conn?.close();
});

describe('the chapters page', () => {
	it('shows a country with more local chapters than a card holds by its count and its busiest few', async () => {
		const overview = await chapterOverview(conn.db);
		const no = overview.chapters.find((c) => c.slug === 'no')!;
		expect(no.localCount).toBe(LOCALS);
		expect(no.children).toHaveLength(CARD_CHAPTERS);
		expect(no.children[0]).toMatchObject({ name: `Town ${LOCALS}`, members: 1 });
		const is = overview.chapters.find((c) => c.slug === 'is')!;
		expect(is.localCount).toBe(2);
		expect(is.children).toHaveLength(2);
	});

	it('finds a chapter by part of its name, a country by its name, at most a page of them', async () => {
		const town = await findChapters(conn.db, 'town 1');
		expect(town.chapters.map((c) => c.slug)).toEqual(['no-town-10', 'no-town-11', 'no-town-12']);
		expect(town.more).toBe(false);
		expect((await findChapters(conn.db, 'REYK')).chapters.map((c) => c.slug)).toEqual([
			'is-reykjavik'
		]);
		// A country by the codes whose name matched in the reader's language, before its towns.
		const island = await findChapters(conn.db, 'island', ['IS']);
		expect(island.chapters.map((c) => c.slug)).toEqual(['is']);
		const few = await findChapters(conn.db, 'town', [], 5);
		expect(few.chapters).toHaveLength(5);
		expect(few.more).toBe(true);
		// What a reader types is text, never a pattern.
		expect((await findChapters(conn.db, '%')).chapters.map((c) => c.slug)).toEqual(['is-odd']);
		expect((await findChapters(conn.db, '_')).chapters.map((c) => c.slug)).toEqual(['is-odd']);
		expect((await findChapters(conn.db, 'atlantis')).chapters).toEqual([]);
	});
});

describe('a country’s page', () => {
	it('lists its local chapters by name, a page at a time, with their number', async () => {
		const first = await chapterBySlug(conn.db, null, 'no', 1, 5);
		expect(first.childCount).toBe(LOCALS);
		expect(first.children.map((c) => c.name)).toEqual([
			'Town 01',
			'Town 02',
			'Town 03',
			'Town 04',
			'Town 05'
		]);
		const last = await chapterBySlug(conn.db, null, 'no', 3, 5);
		expect(last.children.map((c) => c.name)).toEqual(['Town 11', 'Town 12']);
		expect(last.childPage).toBe(3);
		const all = await chapterBySlug(conn.db, null, 'no');
		expect(all.children).toHaveLength(LOCALS);
	});

	it('refuses a page past the last and a malformed page number', async () => {
		await expect(chapterBySlug(conn.db, null, 'no', 4, 5)).rejects.toBeInstanceOf(NotFound);
		expect(pageNumber(null)).toBe(1);
		expect(pageNumber('2')).toBe(2);
		for (const bad of ['0', '-1', 'x', '1.5', '9999999'])
			expect(() => pageNumber(bad)).toThrow(Invalid);
	});
});

describe('convention readiness on a page', () => {
	it('gives the figures, not the list of qualifying chapters, which grows with the organisation', async () => {
		const figures = readinessFigures(await conventionReadiness(conn.db));
		expect(figures).not.toHaveProperty('qualifying');
		expect(figures.met).toHaveProperty('all');
		expect((await conventionList(conn.db, null)).readiness).not.toHaveProperty('qualifying');
	});
});
