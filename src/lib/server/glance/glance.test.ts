import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { chapterMemberships, chapters, members } from '$lib/server/db/schema';
import { setMembershipSetting } from '$lib/server/instance/membership-settings';
import { conventionReadiness, organisationAtAGlance } from './queries';
import { choroplethClass, countryShapes, mapLevels, mapSvg, mapVersion } from './map';

let conn: Connection;
let seq = 0;

/**
 * A local chapter in a country with `women` women and `men` men, all active and verified, who
 * agreed to be counted on the map unless `extra` says otherwise.
 */
async function chapterWith(country: string, city: string, women: number, men: number, extra = {}) {
	const [c] = await conn.db
		.insert(chapters)
		.values({ kind: 'local', country, city, name: city, slug: `${country}-${city}`.toLowerCase() })
		.returning({ id: chapters.id });
	const people = await conn.db
		.insert(members)
		.values(
			Array.from({ length: women + men }, (_, i) => ({
				email: `m${++seq}@example.net`,
				emailVerifiedAt: new Date(),
				passwordHash: '!',
				handle: `m_${seq}`,
				displayName: `M ${seq}`,
				country,
				gender: i < women ? 'f' : 'm',
				ageBand: '25-34',
				onMap: true,
				...extra
			}))
		)
		.returning({ id: members.id });
	await conn.db
		.insert(chapterMemberships)
		.values(people.map((p) => ({ chapterId: c.id, memberId: p.id, home: true })));
}

beforeAll(async () => {
	conn = await createTestDatabase();
});
afterAll(async () => {
	await conn?.close();
});

describe('the organisation at a glance', () => {
	it('tracks convention readiness live against the settings', async () => {
		await chapterWith('BR', 'Recife', 3, 5); // 37.5 % women
		await chapterWith('KE', 'Nairobi', 1, 9); // 10 % women: does not count
		await chapterWith('FR', 'Lyon', 2, 2); // 4 members: not active
		let r = await conventionReadiness(conn.db);
		expect(r).toMatchObject({ chapters: 1, countries: 1, continents: 1 });
		expect(r.met.all).toBe(false);
		await chapterWith('ES', 'Bilbao', 5, 5);
		await chapterWith('IN', 'Pune', 4, 4);
		r = await conventionReadiness(conn.db);
		expect(r).toMatchObject({ chapters: 3, countries: 3, continents: 3 });
		await setMembershipSetting(conn.db, 'convention', {
			minChapters: 3,
			minWomenShare: 0.3,
			minCountries: 3,
			minContinents: 3
		});
		r = await conventionReadiness(conn.db);
		expect(r.met).toEqual({ chapters: true, countries: true, continents: true, all: true });
	});

	it('counts members by country only when they agreed to the map', async () => {
		const before = await organisationAtAGlance(conn.db);
		expect(before.byCountry.find((c) => c.country === 'BR')?.members).toBe(8);
		await chapterWith('JP', 'Osaka', 1, 1, { onMap: false });
		const after = await organisationAtAGlance(conn.db);
		expect(after.byCountry.find((c) => c.country === 'JP')).toBeUndefined();
		expect(after.countries).toBe(before.countries);
		expect(after.members).toBe(before.members + 2);
	});

	it('shows demographic groups only from 10 people', async () => {
		const g = await organisationAtAGlance(conn.db);
		expect(g.gender.groups.map((x) => x.key).sort()).toEqual(['f', 'm']);
		expect(g.ageBand.groups).toEqual([{ key: '25-34', members: g.members }]);
		await conn.db.insert(members).values({
			email: 'x@example.net',
			emailVerifiedAt: new Date(),
			passwordHash: '!',
			handle: 'xx',
			displayName: 'X',
			country: 'CL',
			gender: 'x',
			ageBand: '65+'
		});
		const h = await organisationAtAGlance(conn.db);
		expect(h.gender.groups.find((x) => x.key === 'x')).toBeUndefined();
		expect(h.ageBand.groups.find((x) => x.key === '65+')).toBeUndefined();
		expect(h.gender.hidden).toBe(true);
		expect(JSON.stringify(h)).not.toContain('"65+"');
	});

	it('draws the world from the bundled atlas', () => {
		const shapes = countryShapes();
		expect(shapes.length).toBeGreaterThan(150);
		expect(shapes.find((s) => s.code === 'BR')?.d).toMatch(/^M/);
		expect(choroplethClass(0, 100)).toBe(0);
		expect(choroplethClass(100, 100)).toBe(5);
		expect(choroplethClass(1, 100)).toBe(1);
	});

	it('colours the map image by class, and names each colouring by a version of its own', () => {
		const levels = mapLevels(
			new Map([
				['BR', 100],
				['FR', 1]
			])
		);
		const shapes = countryShapes();
		expect(levels[shapes.findIndex((s) => s.code === 'BR')]).toBe(5);
		expect(levels[shapes.findIndex((s) => s.code === 'FR')]).toBe(1);
		expect(levels[shapes.findIndex((s) => s.code === 'DE')]).toBe(0);
		const { svg, version } = mapSvg(levels);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg.match(/<path /g)).toHaveLength(shapes.length);
		expect(svg.match(/<rect /g)).toHaveLength(6);
		expect(svg).not.toMatch(/<script|href=/);
		expect(version).toBe(mapVersion(levels));
		expect(
			mapVersion(
				mapLevels(
					new Map([
						['BR', 100],
						['FR', 100]
					])
				)
			)
		).not.toBe(version);
		// The same classes from other counts: the same image, which browsers may keep.
		expect(
			mapVersion(
				mapLevels(
					new Map([
						['BR', 120],
						['FR', 1]
					])
				)
			)
		).toBe(version);
	});
});
