import { sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import { chapterMemberships, chapters, members } from '$lib/server/db/schema';
import { normaliseCity } from '$lib/server/chapters/placement';
import { slugify } from '$lib/server/refs';
import { setMembershipSetting } from '$lib/server/instance/membership-settings';

const BATCH = 2000;
/** The end of the generated demo history (see demo-people.ts). */
const DEMO_NOW = '2018-06-30T23:59:59Z';

/**
 * The demo organisation's chapters, built from the members already inserted: the organisation,
 * a chapter for every country with members, a local chapter for every city (so some are busy
 * and many small), every member at home in their city's chapter, and every 29th member also in
 * a second chapter. Members inactive for over 13 months are lapsed, and a few members keep
 * themselves out of the directory, off the map or show only a first name, so privacy shows.
 * Deterministic: everything follows the members' ids, countries and cities.
 */
export async function seedDemoChapters(db: Db) {
	await db.transaction(async (tx) => {
		const people = await tx
			.select({
				id: members.id,
				country: members.country,
				city: members.city,
				createdAt: members.createdAt
			})
			.from(members)
			.orderBy(members.id);

		const [root] = await tx
			.insert(chapters)
			.values({
				kind: 'organisation',
				name: 'organisation',
				slug: 'organisation',
				createdAt: people[0]?.createdAt
			})
			.returning({ id: chapters.id });

		const countries = new Map<string, Date>();
		const cities = new Map<string, { country: string; city: string; createdAt: Date }>();
		const cityKey = (country: string, city: string) => `${country}|${city.toLowerCase()}`;
		for (const p of people) {
			if (!countries.has(p.country)) countries.set(p.country, p.createdAt);
			const city = normaliseCity(p.city);
			if (city && !cities.has(cityKey(p.country, city)))
				cities.set(cityKey(p.country, city), { country: p.country, city, createdAt: p.createdAt });
		}

		const countryRows = await tx
			.insert(chapters)
			.values(
				[...countries].map(([country, createdAt]) => ({
					kind: 'country',
					parentId: root.id,
					country,
					name: country,
					slug: country.toLowerCase(),
					createdAt
				}))
			)
			.returning({ id: chapters.id, country: chapters.country });
		const countryId = new Map(countryRows.map((r) => [r.country!, r.id]));

		const slugs = new Set(countryRows.map((r) => r.country!.toLowerCase()));
		const localValues = [...cities.values()].map((c) => {
			const base = `${c.country.toLowerCase()}-${slugify(c.city, 'chapter')}`;
			let slug = base;
			for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
			slugs.add(slug);
			return {
				kind: 'local',
				parentId: countryId.get(c.country)!,
				country: c.country,
				city: c.city,
				name: c.city,
				slug,
				createdAt: c.createdAt
			};
		});
		const localRows: { id: number; country: string | null; city: string | null }[] = [];
		for (let i = 0; i < localValues.length; i += BATCH)
			localRows.push(
				...(await tx
					.insert(chapters)
					.values(localValues.slice(i, i + BATCH))
					.returning({ id: chapters.id, country: chapters.country, city: chapters.city }))
			);
		const localId = new Map(localRows.map((r) => [cityKey(r.country!, r.city!), r.id]));
		const localsOf = new Map<string, number[]>();
		for (const r of localRows)
			localsOf.set(r.country!, [...(localsOf.get(r.country!) ?? []), r.id]);

		const rows: { chapterId: number; memberId: number; home: boolean; joinedAt: Date }[] = [];
		for (const p of people) {
			const city = normaliseCity(p.city);
			const home = city ? localId.get(cityKey(p.country, city)) : countryId.get(p.country);
			if (!home) continue;
			rows.push({ chapterId: home, memberId: p.id, home: true, joinedAt: p.createdAt });
			if (p.id % 29 === 0) {
				// A second chapter: another city of the same country, else the busiest elsewhere.
				const others = (localsOf.get(p.country) ?? []).filter((id) => id !== home);
				const second = others.length ? others[p.id % others.length] : localRows[0]?.id;
				if (second && second !== home)
					rows.push({ chapterId: second, memberId: p.id, home: false, joinedAt: p.createdAt });
			}
		}
		await insertMemberships(tx, rows);
		// The demo organisation counts a chapter as active from 25 active members (the default is
		// 5), which leaves its convention preconditions about half met: 8 of 10 chapters, enough
		// countries and continents.
		await setMembershipSetting(tx, 'activeChapterMembers', 25);

		// The generated activity ends on the demo's "now" (mid-2018); bring it up to today so the demo
		// organisation is alive, then lapse, as the scheduler would have: warned after 12 months
		// away, lapsed a month later.
		await tx.execute(sql`
			update members set last_active_at = last_active_at + (now() - ${DEMO_NOW}::timestamptz)`);
		await tx.execute(sql`
			update members set
				lapse_warned_at = last_active_at + interval '12 months',
				lapsed_at = case when last_active_at < now() - interval '13 months'
					then last_active_at + interval '13 months' end
			where last_active_at < now() - interval '12 months'`);
		await tx.execute(sql`
			update members set
				in_directory = (id % 11 <> 5),
				on_map = (id % 13 <> 7),
				show_full_name = (id % 7 <> 3)
			where id > (select min(id) from members)`);
	});
}

async function insertMemberships(
	tx: Queryable,
	rows: { chapterId: number; memberId: number; home: boolean; joinedAt: Date }[]
) {
	for (let i = 0; i < rows.length; i += BATCH)
		await tx.insert(chapterMemberships).values(rows.slice(i, i + BATCH));
}
