import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { chapterMemberships, chapters, members } from '$lib/server/db/schema';
import { Invalid, NotFound } from '$lib/server/errors';
import { searchDirectory, searchTerms } from './directory';
import { updatePrivacy } from './commands';
import { profileByHandle } from './queries';

let conn: Connection;
let ids: Record<string, number> = {};
const actors: Record<string, Actor> = {};
const viewer = () => actors.ana;

beforeAll(async () => {
	conn = await createTestDatabase();
	const now = new Date();
	const rows = await conn.db
		.insert(members)
		.values(
			[
				['ana', 'Ana Lima', 'BR', ['pt', 'es'], 'Housing co-ops and tenant unions.'],
				['ben', 'Ben Okoro', 'KE', ['en', 'sw'], 'Community radio.'],
				['cai', 'Cai Wen', 'BR', ['pt'], 'Housing and urban gardens.'],
				['dee', 'Dee Hidden', 'BR', ['pt'], 'Housing, quietly.'],
				['eli', 'Eli Private Surname', 'BR', ['pt'], 'Housing too.'],
				['fox', 'Fox Unverified', 'BR', ['pt'], 'Housing.'],
				['gil', 'Gil Unchosen', 'BR', ['pt'], 'Housing, by default.']
			].map(([handle, displayName, country, languages, bio]) => ({
				email: `${handle}@example.net`,
				emailVerifiedAt: handle === 'fox' ? null : now,
				passwordHash: '!',
				handle: handle as string,
				displayName: displayName as string,
				country: country as string,
				languages: languages as string[],
				bio: bio as string,
				// Everyone chose to be seen except gil, who never chose (dee and eli choose below).
				...(handle === 'gil' ? {} : { inDirectory: true, onMap: true, showFullName: true })
			}))
		)
		.returning({ id: members.id, handle: members.handle });
	ids = Object.fromEntries(rows.map((r) => [r.handle, r.id]));
	for (const r of rows) actors[r.handle] = await actorFor(conn.db, r.id);
	await updatePrivacy(conn.db, actors.dee, ids.dee, {
		onMap: 'on',
		showFullName: 'on'
	});
	await updatePrivacy(conn.db, actors.eli, ids.eli, {
		inDirectory: 'on',
		onMap: 'on'
	});
	const [br] = await conn.db
		.insert(chapters)
		.values({ kind: 'country', country: 'BR', name: 'BR', slug: 'br' })
		.returning({ id: chapters.id });
	const [recife] = await conn.db
		.insert(chapters)
		.values({
			kind: 'local',
			parentId: br.id,
			country: 'BR',
			city: 'Recife',
			name: 'Recife',
			slug: 'br-recife'
		})
		.returning({ id: chapters.id });
	await conn.db.insert(chapterMemberships).values([
		{ chapterId: recife.id, memberId: ids.cai, home: true },
		{ chapterId: recife.id, memberId: ids.dee, home: true }
	]);
});
afterAll(async () => {
	await conn?.close();
});

const handles = async (raw: Record<string, unknown>, who: Actor | null = null) =>
	(await searchDirectory(conn.db, who, raw)).entries.map((e) => e.handle);

describe('the directory', () => {
	it('lists current members who chose to appear, newest first', async () => {
		expect(await handles({})).toEqual(['eli', 'cai', 'ben', 'ana']);
	});

	it('finds by name, handle and interests, with prefixes', async () => {
		expect(await handles({ q: 'housing' }, viewer())).toEqual(['eli', 'cai', 'ana']);
		expect(await handles({ q: 'hous' }, viewer())).toEqual(['eli', 'cai', 'ana']);
		expect(await handles({ q: 'okoro' })).toEqual(['ben']);
		expect(await handles({ q: 'BEN' })).toEqual(['ben']);
		expect(await handles({ q: 'housing gardens' })).toEqual(['cai']);
	});

	it('filters by country, language and chapter (its local chapters included)', async () => {
		expect(await handles({ country: 'ke' })).toEqual(['ben']);
		expect(await handles({ language: 'sw' })).toEqual(['ben']);
		expect(await handles({ chapter: 'br' })).toEqual(['cai']);
		expect(await handles({ chapter: 'br-recife', q: 'housing' })).toEqual(['cai']);
	});

	it('pages by keyset', async () => {
		const first = await searchDirectory(conn.db, null, { limit: '2' });
		expect(first.entries.map((e) => e.handle)).toEqual(['eli', 'cai']);
		const second = await searchDirectory(conn.db, null, { limit: '2', after: String(first.next) });
		expect(second.entries.map((e) => e.handle)).toEqual(['ben', 'ana']);
		expect(second.next).toBeNull();
	});

	it('starts a member who never chose private: not listed, not on the map, no full name', async () => {
		const [gil] = await conn.db.select().from(members).where(eq(members.id, ids.gil));
		expect(gil).toMatchObject({ inDirectory: false, onMap: false, showFullName: false });
		for (const who of [null, viewer()]) expect(await handles({ q: 'gil' }, who)).toEqual([]);
	});

	it('treats an account nobody confirmed as a visitor: no hidden surname found or shown', async () => {
		expect(await handles({ q: 'surname' }, actors.fox)).toEqual([]);
		const seen = await searchDirectory(conn.db, actors.fox, { country: 'BR' });
		expect(seen.entries.find((e) => e.handle === 'eli')?.name).toBe('Eli S.');
	});

	it('gives a member who is not listed no public profile page; members still reach it', async () => {
		await expect(profileByHandle(conn.db, null, 'dee')).rejects.toBeInstanceOf(NotFound);
		await expect(profileByHandle(conn.db, actors.fox, 'dee')).rejects.toBeInstanceOf(NotFound);
		expect((await profileByHandle(conn.db, viewer(), 'dee')).handle).toBe('dee');
		expect((await profileByHandle(conn.db, actors.dee, 'dee')).own).toBe(true);
		// An account nobody confirmed is nobody's business yet, listed or not.
		await expect(profileByHandle(conn.db, viewer(), 'fox')).rejects.toBeInstanceOf(NotFound);
	});

	it('never shows a hidden member, to visitors or members, nor finds one by name', async () => {
		for (const who of [null, viewer()]) {
			expect(await handles({ q: 'dee' }, who)).toEqual([]);
			expect(await handles({ q: 'hidden' }, who)).toEqual([]);
			expect(await handles({ chapter: 'br-recife' }, who)).toEqual(['cai']);
		}
	});

	it('shows a first name and initial to visitors when the member asks, and never searches the hidden surname', async () => {
		const visitor = await searchDirectory(conn.db, null, { country: 'BR' });
		expect(visitor.entries.find((e) => e.handle === 'eli')?.name).toBe('Eli S.');
		expect(await handles({ q: 'surname' })).toEqual([]);
		expect(await handles({ q: 'surname' }, viewer())).toEqual(['eli']);
		const member = await searchDirectory(conn.db, viewer(), { country: 'BR' });
		expect(member.entries.find((e) => e.handle === 'eli')?.name).toBe('Eli Private Surname');
		expect((await profileByHandle(conn.db, null, 'eli')).displayName).toBe('Eli S.');
		expect((await profileByHandle(conn.db, viewer(), 'eli')).displayName).toBe(
			'Eli Private Surname'
		);
	});

	it('answers hostile strings safely', async () => {
		for (const q of [
			"'; drop table members; --",
			'a & | ! ( ) :* <->',
			'\u0000\u202e',
			'%_%',
			'))))((((',
			'ana:* | ben'
		])
			await expect(searchDirectory(conn.db, null, { q })).resolves.toBeTruthy();
		expect(searchTerms("'; drop table members; --")).toBe('drop:* & table:* & members:*');
		expect(searchTerms('!!!')).toBeNull();
		expect(await handles({ q: '!!!' })).toEqual([]);
		const [{ n }] = (await conn.db.execute<{ n: number }>(`select count(*)::int as n from members`))
			.rows;
		expect(Number(n)).toBe(7);
	});

	it('refuses huge pages, bad filters and unknown chapters with 4xx errors', async () => {
		await expect(searchDirectory(conn.db, null, { limit: '100000' })).rejects.toThrow(Invalid);
		await expect(searchDirectory(conn.db, null, { limit: '0' })).rejects.toThrow(Invalid);
		await expect(searchDirectory(conn.db, null, { limit: 'lots' })).rejects.toThrow(Invalid);
		await expect(searchDirectory(conn.db, null, { after: '-1' })).rejects.toThrow(Invalid);
		await expect(searchDirectory(conn.db, null, { after: '9'.repeat(40) })).rejects.toThrow(
			Invalid
		);
		await expect(searchDirectory(conn.db, null, { q: 'x'.repeat(101) })).rejects.toThrow(Invalid);
		await expect(searchDirectory(conn.db, null, { country: 'Narnia' })).rejects.toThrow(Invalid);
		await expect(searchDirectory(conn.db, null, { language: '1; x' })).rejects.toThrow(Invalid);
		await expect(searchDirectory(conn.db, null, { chapter: 'atlantis' })).rejects.toThrow(NotFound);
	});

	it('keeps privacy settings to their owner', async () => {
		await expect(updatePrivacy(conn.db, viewer(), ids.ben, { inDirectory: '' })).rejects.toThrow();
		await expect(updatePrivacy(conn.db, actors.ben, ids.ben, { gender: 'robot' })).rejects.toThrow(
			Invalid
		);
		const [ben] = await conn.db.select().from(members).where(eq(members.id, ids.ben));
		expect(ben).toMatchObject({ inDirectory: true, gender: null });
	});
});
