import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import { continentOf } from '$lib/server/geo/continents';
import {
	membershipSettings,
	type ConventionPreconditions
} from '$lib/server/instance/membership-settings';
import { isCurrentMember, isOnMap } from '$lib/server/members/privacy';
import { GENDERS, AGE_BANDS } from '$lib/schemas/members';
import { COUNTS_LIFE_MS, countsKey, keptPerMark, pageAfter } from '$lib/server/chapters/counted';

/** Demographic groups smaller than this are never shown, not even as a count. */
export const MIN_GROUP = 10;

export type Readiness = {
	preconditions: ConventionPreconditions;
	chapters: number;
	countries: number;
	continents: number;
	/** Qualifying chapters: active, with the women share. */
	qualifying: { id: number; slug: string; name: string; country: string }[];
	met: { chapters: boolean; countries: boolean; continents: boolean; all: boolean };
};

/**
 * Convention readiness, live: how many local chapters are active and have at least the set share
 * of women among their active members (only self-declared women count), and in how many countries and
 * continents those chapters are.
 */
export async function conventionReadiness(db: Queryable): Promise<Readiness> {
	const settings = await membershipSettings(db);
	const p = settings.convention;
	const result = await db.execute<{
		id: number;
		slug: string;
		name: string;
		country: string;
		active: number;
		declared: number;
		women: number;
	}>(sql`
		select c.id::int as id, c.slug, c.name, c.country,
			count(*)::int as active,
			(count(*) filter (where m.gender is not null))::int as declared,
			(count(*) filter (where m.gender = 'f'))::int as women
		from chapters c
		join chapter_memberships cm on cm.chapter_id = c.id
		join members m on m.id = cm.member_id
		where c.kind = 'local' and m.lapsed_at is null and m.deleted_at is null
			and m.email_verified_at is not null
		group by c.id
		having count(*) >= ${settings.activeChapterMembers}
		order by c.id`);
	const qualifying = result.rows
		// Women among all active members: an undeclared gender is never assumed to be a woman.
		.filter((r) => r.active > 0 && r.women / r.active >= p.minWomenShare)
		.map((r) => ({ id: Number(r.id), slug: r.slug, name: r.name, country: r.country }));
	const countries = new Set(qualifying.map((c) => c.country));
	const continents = new Set([...countries].map(continentOf).filter(Boolean));
	const met = {
		chapters: qualifying.length >= p.minChapters,
		countries: countries.size >= p.minCountries,
		continents: continents.size >= p.minContinents
	};
	return {
		preconditions: p,
		chapters: qualifying.length,
		countries: countries.size,
		continents: continents.size,
		qualifying,
		met: { ...met, all: met.chapters && met.countries && met.continents }
	};
}

/**
 * Readiness as a page and the API's glance show it: the figures, without the list of qualifying
 * chapters, which grows with the organisation (the API gives it a page at a time,
 * `qualifyingChapters`).
 */
export function readinessFigures({
	qualifying: _qualifying,
	...figures
}: Readiness): Omit<Readiness, 'qualifying'> {
	return figures;
}

/** Members by country for the map: only members who agreed to be counted on it. */
export async function membersByCountry(db: Queryable) {
	const rows = await db
		.select({ country: members.country, members: sql<number>`count(*)::int` })
		.from(members)
		.where(isOnMap)
		.groupBy(members.country);
	return rows.map((r) => ({ country: r.country, members: Number(r.members) }));
}

/** Demographic counts, each group only when it has at least MIN_GROUP people. */
function suppress<K extends string>(keys: readonly K[], rows: { key: string; n: number }[]) {
	const counts = new Map(rows.map((r) => [r.key, Number(r.n)]));
	return {
		groups: keys
			.map((key) => ({ key, members: counts.get(key) ?? 0 }))
			.filter((g) => g.members >= MIN_GROUP),
		hidden: keys.some((k) => {
			const n = counts.get(k) ?? 0;
			return n > 0 && n < MIN_GROUP;
		})
	};
}

/** The organisation at a glance: totals, growth, map, chapters, demographics, readiness. */
export async function organisationAtAGlance(db: Queryable) {
	const settings = await membershipSettings(db);
	const [byCountry, totals, growth, chapters, genders, ages, readiness] = await Promise.all([
		membersByCountry(db),
		db
			.select({
				members: sql<number>`count(*)::int`,
				active: sql<number>`(count(*) filter (where ${members.lapsedAt} is null))::int`
			})
			.from(members)
			.where(isCurrentMember),
		db.execute<{ year: number; joined: number }>(sql`
			select extract(year from ${members.createdAt})::int as year, count(*)::int as joined
			from ${members} where ${isCurrentMember} group by 1 order by 1`),
		db.execute<{ chapters: number; active: number }>(sql`
			select count(*)::int as chapters,
				(count(*) filter (where active >= ${settings.activeChapterMembers}))::int as active
			from (
				select c.id, count(distinct m.id) filter (where m.lapsed_at is null and m.deleted_at is null
					and m.email_verified_at is not null) as active
				from chapters c
				left join chapter_memberships cm on cm.chapter_id = c.id
				left join members m on m.id = cm.member_id
				where c.kind = 'local'
				group by c.id) t`),
		db.execute<{ key: string; n: number }>(sql`
			select ${members.gender} as key, count(*)::int as n from ${members}
			where ${isCurrentMember} and ${members.gender} is not null group by 1`),
		db.execute<{ key: string; n: number }>(sql`
			select ${members.ageBand} as key, count(*)::int as n from ${members}
			where ${isCurrentMember} and ${members.ageBand} is not null group by 1`),
		conventionReadiness(db)
	]);
	byCountry.sort((a, b) => b.members - a.members || a.country.localeCompare(b.country));
	const continents = new Set(byCountry.map((c) => continentOf(c.country)).filter(Boolean));
	let running = 0;
	return {
		members: Number(totals[0]?.members ?? 0),
		activeMembers: Number(totals[0]?.active ?? 0),
		countries: byCountry.length,
		continents: continents.size,
		byCountry,
		growth: growth.rows.map((r) => ({
			year: Number(r.year),
			joined: Number(r.joined),
			total: (running += Number(r.joined))
		})),
		chapters: Number(chapters.rows[0]?.chapters ?? 0),
		activeChapters: Number(chapters.rows[0]?.active ?? 0),
		activeThreshold: settings.activeChapterMembers,
		gender: suppress(GENDERS, genders.rows),
		ageBand: suppress(AGE_BANDS, ages.rows),
		readiness
	};
}

/**
 * The glance as it was counted at the last change that could alter it (chapters/counted.ts):
 * every figure on it counts the whole organisation, so a request reads the kept one instead.
 * Shared by every request until then: readers copy what they show and never change it.
 */
const keptGlance = keptPerMark(COUNTS_LIFE_MS, (db: Queryable) => organisationAtAGlance(db));

export async function countedGlance(db: Queryable) {
	return keptGlance(db, await countsKey(db, (s) => [s.activeChapterMembers, s.convention]));
}

/** Qualifying chapters the API lists at a time. */
export const QUALIFYING_PAGE = 100;

/**
 * One page of the chapters that count towards the convention's readiness, in order of id after
 * `after`, and the id to page on from (null on the last page).
 */
export async function qualifyingChapters(db: Queryable, after = 0, limit = QUALIFYING_PAGE) {
	const { page, next } = pageAfter((await countedGlance(db)).readiness.qualifying, after, limit);
	return { chapters: page, next };
}
