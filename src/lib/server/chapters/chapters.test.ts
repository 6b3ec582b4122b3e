import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { chapterMemberships, chapters, events, members } from '$lib/server/db/schema';
import { signUp, verifyEmail } from '$lib/server/accounts/commands';
import { lastMailTo, verifyToken } from '$lib/server/accounts/test-accounts';
import { Conflict, Forbidden, Invalid, NotFound } from '$lib/server/errors';
import { joinChapter, leaveChapter, moveToChapter } from './commands';
import { chapterBySlug, chapterTree, memberChapters } from './queries';
import { slugify } from '$lib/server/refs';

let conn: Connection;
const ctx = {
	origin: 'http://plenary.test',
	address: '192.0.2.9',
	userAgent: 't',
	locale: 'en' as const
};
let n = 0;
async function join(country: string, city: string, verified = true) {
	n++;
	const email = `p${n}@example.net`;
	const { memberId } = await signUp(
		conn.db,
		{
			email,
			password: 'a long enough passphrase',
			displayName: `Person ${n} Example`,
			handle: `person_${n}`,
			country,
			city,
			languages: ['es'],
			bio: ''
		},
		{ ...ctx, address: `198.51.100.${n}` }
	);
	// These members confirm their address (which places them) and agree to be counted on the map.
	if (verified) {
		const mail = await lastMailTo(conn.db, email);
		await verifyEmail(conn.db, verifyToken(mail.textBody));
		await conn.db.update(members).set({ onMap: true }).where(eq(members.id, memberId));
	}
	return actorFor(conn.db, memberId);
}
const chapterOf = async (slug: string) =>
	(await conn.db.select().from(chapters).where(eq(chapters.slug, slug)))[0];
const memberships = async () =>
	(await conn.db.select({ c: count() }).from(chapterMemberships))[0].c;

beforeAll(async () => {
	conn = await createTestDatabase();
});
afterAll(async () => {
	await conn?.close();
});

describe('placement when the address is confirmed', () => {
	it('creates the local chapter of a new city, under a new country chapter, with events', async () => {
		const ana = await join('AR', 'Rosario');
		const mine = await memberChapters(conn.db, ana.id);
		expect(mine).toMatchObject([{ slug: 'ar-rosario', kind: 'local', home: true }]);
		const local = await chapterOf('ar-rosario');
		const country = await chapterOf('ar');
		expect(local.parentId).toBe(country.id);
		expect(country.kind).toBe('country');
		const placed = await conn.db.select().from(events).where(eq(events.type, 'member.placed'));
		expect(placed.at(-1)).toMatchObject({ subjectId: local.id, actorId: ana.id });
		const created = await conn.db.select().from(events).where(eq(events.type, 'chapter.created'));
		expect(created.length).toBeGreaterThanOrEqual(2);
	});

	it('puts the next member of that city, whatever the case typed, into the same chapter', async () => {
		const ben = await join('AR', '  rosario ');
		expect((await memberChapters(conn.db, ben.id))[0].slug).toBe('ar-rosario');
		const [{ c }] = await conn.db
			.select({ c: count() })
			.from(chapters)
			.where(and(eq(chapters.kind, 'local'), eq(chapters.country, 'AR')));
		expect(c).toBe(1);
	});

	it('counts local members in the country chapter', async () => {
		await join('AR', 'Córdoba');
		const page = await chapterBySlug(conn.db, null, 'ar');
		expect(page.stats.members).toBe(3);
		expect(page.children.map((c) => c.slug).sort()).toEqual(['ar-cordoba', 'ar-rosario']);
		const tree = await chapterTree(conn.db);
		expect(tree.chapters.find((c) => c.slug === 'ar')?.members).toBe(3);
	});

	it('two first members of a new city at once end up in one chapter', async () => {
		const [a, b] = await Promise.all([join('NZ', 'Dunedin'), join('NZ', 'dunedin')]);
		const [ca] = await memberChapters(conn.db, a.id);
		const [cb] = await memberChapters(conn.db, b.id);
		expect(ca.slug).toBe('nz-dunedin');
		expect(cb.slug).toBe('nz-dunedin');
	});

	it('makes slugs in any script', () => {
		expect(slugify('São Paulo', 'chapter')).toBe('sao-paulo');
		expect(slugify('القاهرة', 'chapter')).toBe('القاهرة');
		expect(slugify('!!!', 'chapter')).toBe('chapter');
		expect(slugify('नई दिल्ली', 'chapter')).toBe('नई-दिल्ली');
		expect(slugify('!!!')).toBe('post');
	});
});

describe('moving and joining', () => {
	it('joins another chapter, leaves it, and moves home', async () => {
		const cara = await join('UY', 'Montevideo');
		await join('UY', 'Salto');
		const salto = await chapterOf('uy-salto');
		await joinChapter(conn.db, cara, { chapter: String(salto.id) });
		expect((await memberChapters(conn.db, cara.id)).map((c) => [c.slug, c.home])).toEqual([
			['uy-montevideo', true],
			['uy-salto', false]
		]);
		await expect(joinChapter(conn.db, cara, { chapter: salto.id })).rejects.toThrow(Forbidden);
		await leaveChapter(conn.db, cara, { chapter: salto.id });
		await moveToChapter(conn.db, cara, { chapter: salto.id });
		expect((await memberChapters(conn.db, cara.id)).map((c) => [c.slug, c.home])).toEqual([
			['uy-salto', true]
		]);
		const page = await chapterBySlug(conn.db, cara, 'uy-salto');
		expect(page.viewer).toMatchObject({ isHome: true, canLeave: false, canMove: false });
		await expect(leaveChapter(conn.db, cara, { chapter: salto.id })).rejects.toThrow(Forbidden);
	});

	it('refuses bad input and changes nothing', async () => {
		const dan = await join('UY', 'Paysandú');
		const root = (
			await conn.db.select().from(chapters).where(eq(chapters.kind, 'organisation'))
		)[0];
		const before = await memberships();
		const eventsBefore = (await conn.db.select({ c: count() }).from(events))[0].c;
		await expect(joinChapter(conn.db, dan, { chapter: '999999' })).rejects.toThrow(NotFound);
		await expect(joinChapter(conn.db, dan, { chapter: 'abc' })).rejects.toThrow(Invalid);
		await expect(joinChapter(conn.db, dan, { chapter: '1e400' })).rejects.toThrow(Invalid);
		await expect(joinChapter(conn.db, dan, {})).rejects.toThrow(Invalid);
		await expect(moveToChapter(conn.db, dan, { chapter: root.id })).rejects.toThrow(Forbidden);
		await expect(joinChapter(conn.db, dan, { chapter: root.id })).rejects.toThrow(Forbidden);
		await expect(chapterBySlug(conn.db, null, 'no-such-chapter')).rejects.toThrow(NotFound);
		expect(await memberships()).toBe(before);
		expect((await conn.db.select({ c: count() }).from(events))[0].c).toBe(eventsBefore);
	});

	it('refuses a lapsed member and a member in too many chapters', async () => {
		const eve = await join('CL', 'Valparaíso');
		await join('CL', 'Temuco');
		const temuco = await chapterOf('cl-temuco');
		await conn.db.update(members).set({ lapsedAt: new Date() }).where(eq(members.id, eve.id));
		const lapsed = await actorFor(conn.db, eve.id);
		await expect(joinChapter(conn.db, lapsed, { chapter: temuco.id })).rejects.toThrow(Forbidden);
		expect(await memberChapters(conn.db, eve.id)).toHaveLength(1);
		await conn.db.update(members).set({ lapsedAt: null }).where(eq(members.id, eve.id));
		const extra = await conn.db
			.insert(chapters)
			.values(
				Array.from({ length: 12 }, (_, i) => ({
					kind: 'local',
					country: 'CL',
					city: `Town ${i}`,
					name: `Town ${i}`,
					slug: `cl-town-${i}`
				}))
			)
			.returning({ id: chapters.id });
		for (const c of extra.slice(0, 11)) await joinChapter(conn.db, eve, { chapter: c.id });
		await expect(joinChapter(conn.db, eve, { chapter: extra[11].id })).rejects.toThrow(Conflict);
	});

	it('lists only members who appear in the directory, with names as they chose', async () => {
		const fay = await join('PE', 'Cusco');
		const gus = await join('PE', 'Cusco');
		await join('PE', 'Cusco', false);
		// fay chose neither list nor map; gus appears, by first name and initial to visitors.
		await conn.db.update(members).set({ onMap: false }).where(eq(members.id, fay.id));
		await conn.db.update(members).set({ inDirectory: true }).where(eq(members.id, gus.id));
		const visitor = await chapterBySlug(conn.db, null, 'pe-cusco');
		// Counted by place: only gus, whose place is public anyway (see counts.test.ts).
		expect(visitor.stats.members).toBe(1);
		expect(visitor.members).toHaveLength(1);
		expect(visitor.members[0].name).toMatch(/^Person E\.$/);
		const member = await chapterBySlug(conn.db, gus, 'pe-cusco');
		expect(member.members[0].name).toMatch(/Example$/);
	});
});
