import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { chapterMemberships, chapters, instanceSettings, members } from '$lib/server/db/schema';
import type { Actor } from '$lib/domain/members/actor';
import { countedGlance, qualifyingChapters } from '$lib/server/glance/queries';
import { joinChapter, leaveChapter } from './commands';
import { COUNTS_LIFE_MS, countsMark } from './counted';
import { chapterList, chapterOverview } from './queries';

/**
 * The chapters page and the glance keep their counts until a change that could alter them: a
 * member who joins or leaves is counted on the next request, and a change made without an event
 * within the documented life of the kept counts. The API lists them a page at a time.
 */
let conn: Connection;
let nora: Actor;
const id: Record<string, number> = {};

async function person(handle: string, extra: Partial<typeof members.$inferInsert> = {}) {
	const [row] = await conn.db
		.insert(members)
		.values({
			email: `${handle}@example.net`,
			passwordHash: '!',
			handle,
			displayName: handle,
			country: 'NO',
			tier: 'member',
			onMap: true,
			gender: 'f',
			emailVerifiedAt: new Date(),
			...extra
		})
		.returning({ id: members.id });
	return row.id;
}

const oslo = async () =>
	(await chapterOverview(conn.db)).chapters
		.find((c) => c.slug === 'no')!
		.children.find((c) => c.slug === 'no-oslo')!;

beforeAll(async () => {
	conn = await createTestDatabase();
	const [root] = await conn.db
		.insert(chapters)
		.values({ kind: 'organisation', name: 'organisation', slug: 'organisation' })
		.returning({ id: chapters.id });
	const [no] = await conn.db
		.insert(chapters)
		.values({ kind: 'country', country: 'NO', name: 'Norway', slug: 'no', parentId: root.id })
		.returning({ id: chapters.id });
	const locals = await conn.db
		.insert(chapters)
		.values(
			['Oslo', 'Bergen', 'Tromsø'].map((city) => ({
				kind: 'local',
				parentId: no.id,
				country: 'NO',
				city,
				name: city,
				slug: `no-${city === 'Tromsø' ? 'tromso' : city.toLowerCase()}`
			}))
		)
		.returning({ id: chapters.id, slug: chapters.slug });
	Object.assign(id, { root: root.id, no: no.id }, ...locals.map((l) => ({ [l.slug]: l.id })));
	// Two women in Oslo and two in Bergen; Nora lives in Bergen and will join Oslo too.
	const homes: [string, string][] = [
		['olga', 'no-oslo'],
		['oda', 'no-oslo'],
		['berit', 'no-bergen'],
		['nora', 'no-bergen']
	];
	for (const [handle, chapter] of homes)
		await conn.db
			.insert(chapterMemberships)
			.values({ chapterId: id[chapter], memberId: await person(handle), home: true });
	nora = (await actorFor(conn.db, (await conn.db.select().from(members)).at(-1)!.id))!;
	// A chapter is active from 3 active members; the convention needs one such chapter.
	await conn.db.insert(instanceSettings).values([
		{ key: 'chapters.active_members', value: 3 },
		{
			key: 'convention.preconditions',
			value: { minChapters: 1, minWomenShare: 0.5, minCountries: 1, minContinents: 1 }
		}
	]);
});
afterAll(async () => {
	await conn?.close();
});
afterEach(() => {
	vi.restoreAllMocks();
});

describe('counts kept between changes', () => {
	it('count a member who joins on the next request, and not once they leave', async () => {
		expect(await oslo()).toMatchObject({ members: 2, isActive: false });
		const before = await countedGlance(conn.db);
		expect(before.activeChapters).toBe(0);
		expect(before.readiness.chapters).toBe(0);

		const mark = await countsMark(conn.db);
		await joinChapter(conn.db, nora, { chapter: String(id['no-oslo']) });
		expect(await countsMark(conn.db)).toBeGreaterThan(mark);
		expect(await oslo()).toMatchObject({ members: 3, isActive: true });
		// The country counts each person once, though Nora is now in two of its chapters.
		expect((await chapterOverview(conn.db)).chapters[0].members).toBe(4);
		const after = await countedGlance(conn.db);
		expect(after.activeChapters).toBe(1);
		expect(after.readiness.chapters).toBe(1);
		expect((await qualifyingChapters(conn.db)).chapters.map((c) => c.slug)).toEqual(['no-oslo']);
		expect((await chapterList(conn.db)).chapters.find((c) => c.slug === 'no-oslo')?.members).toBe(
			3
		);

		await leaveChapter(conn.db, nora, { chapter: String(id['no-oslo']) });
		expect(await oslo()).toMatchObject({ members: 2, isActive: false });
		expect((await countedGlance(conn.db)).readiness.chapters).toBe(0);
		expect((await qualifyingChapters(conn.db)).chapters).toEqual([]);
	});

	it('follow a change of the settings they depend on at once', async () => {
		await conn.db
			.update(instanceSettings)
			.set({ value: 2 })
			.where(eq(instanceSettings.key, 'chapters.active_members'));
		expect(await oslo()).toMatchObject({ members: 2, isActive: true });
		expect((await countedGlance(conn.db)).activeChapters).toBe(2);
		await conn.db
			.update(instanceSettings)
			.set({ value: 3 })
			.where(eq(instanceSettings.key, 'chapters.active_members'));
		expect(await oslo()).toMatchObject({ isActive: false });
	});

	it('see a change made without an event within their documented life', async () => {
		expect((await oslo()).members).toBe(2);
		await conn.db
			.insert(chapterMemberships)
			.values({ chapterId: id['no-oslo'], memberId: await person('quiet'), home: true });
		// Kept: nothing the counts watch has happened.
		expect((await oslo()).members).toBe(2);
		const now = Date.now();
		vi.spyOn(Date, 'now').mockReturnValue(now + COUNTS_LIFE_MS + 1);
		expect((await oslo()).members).toBe(3);
		expect((await countedGlance(conn.db)).members).toBe(5);
	});
});

describe('the API’s lists of chapters', () => {
	it('give every chapter but the organisation once, in order of id, a page at a time', async () => {
		const seen: number[] = [];
		let after: number | undefined;
		for (let pages = 0; pages < 10; pages++) {
			const page = await chapterList(conn.db, after, 2);
			expect(page.chapters.length).toBeLessThanOrEqual(2);
			seen.push(...page.chapters.map((c) => c.id));
			expect(page.chapters[0]).not.toHaveProperty('children');
			if (page.next === null) break;
			after = page.next;
		}
		expect(seen).toEqual([id.no, id['no-oslo'], id['no-bergen'], id['no-tromso']]);
		expect(await chapterList(conn.db, id['no-tromso'])).toMatchObject({ chapters: [], next: null });
	});

	it('give the qualifying chapters a page at a time', async () => {
		await joinChapter(conn.db, nora, { chapter: String(id['no-oslo']) });
		const qualifying = await countedGlance(conn.db);
		expect(qualifying.readiness.chapters).toBe(1);
		const first = await qualifyingChapters(conn.db, undefined, 1);
		expect(first.chapters.map((c) => c.slug)).toEqual(['no-oslo']);
		expect(first.next).toBeNull();
	});
});
