import { q as members } from "./i18n.js";
import { t as membershipSettings } from "./membership-settings.js";
import { r as isOnMap, t as isCurrentMember } from "./privacy.js";
import { n as GENDERS, t as AGE_BANDS } from "./members.js";
import { sql } from "drizzle-orm";
// src/lib/server/geo/continents.ts
/** Continent of each ISO 3166-1 alpha-2 country (the seven-continent model; Russia and Turkey in Europe). */
var CONTINENTS = [
	"AF",
	"AN",
	"AS",
	"EU",
	"NA",
	"OC",
	"SA"
];
var BY_CONTINENT = {
	AF: "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW",
	AN: "AQ BV GS HM TF",
	AS: "AE AF AM AZ BD BH BN BT CC CN CX CY GE HK ID IL IN IO IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TW UZ VN YE",
	EU: "AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK",
	NA: "AG AI AW BB BL BM BQ BS BZ CA CR CU CW DM DO GD GL GP GT HN HT JM KN KY LC MF MQ MS MX NI PA PM PR SV SX TC TT US VC VG VI",
	OC: "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS",
	SA: "AR BO BR CL CO EC FK GF GY PE PY SR UY VE"
};
var CONTINENT_OF = /* @__PURE__ */ new Map();
for (const continent of CONTINENTS) for (const code of BY_CONTINENT[continent].split(" ")) CONTINENT_OF.set(code, continent);
function continentOf(country) {
	return CONTINENT_OF.get(country) ?? null;
}
/**
* Convention readiness, live: how many local chapters are active and have at least the set share
* of women among their active members (only self-declared women count), and in how many countries and
* continents those chapters are.
*/
async function conventionReadiness(db) {
	const settings = await membershipSettings(db);
	const p = settings.convention;
	const qualifying = (await db.execute(sql`
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
		having count(*) >= ${settings.activeChapterMembers}`)).rows.filter((r) => r.active > 0 && r.women / r.active >= p.minWomenShare).map((r) => ({
		id: Number(r.id),
		slug: r.slug,
		name: r.name,
		country: r.country
	}));
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
		met: {
			...met,
			all: met.chapters && met.countries && met.continents
		}
	};
}
/** Members by country for the map: only members who agreed to be counted on it. */
async function membersByCountry(db) {
	return (await db.select({
		country: members.country,
		members: sql`count(*)::int`
	}).from(members).where(isOnMap).groupBy(members.country)).map((r) => ({
		country: r.country,
		members: Number(r.members)
	}));
}
/** Demographic counts, each group only when it has at least MIN_GROUP people. */
function suppress(keys, rows) {
	const counts = new Map(rows.map((r) => [r.key, Number(r.n)]));
	return {
		groups: keys.map((key) => ({
			key,
			members: counts.get(key) ?? 0
		})).filter((g) => g.members >= 10),
		hidden: keys.some((k) => {
			const n = counts.get(k) ?? 0;
			return n > 0 && n < 10;
		})
	};
}
/** The organisation at a glance: totals, growth, map, chapters, demographics, readiness. */
async function organisationAtAGlance(db) {
	const settings = await membershipSettings(db);
	const [byCountry, totals, growth, chapters, genders, ages, readiness] = await Promise.all([
		membersByCountry(db),
		db.select({
			members: sql`count(*)::int`,
			active: sql`(count(*) filter (where ${members.lapsedAt} is null))::int`
		}).from(members).where(isCurrentMember),
		db.execute(sql`
			select extract(year from ${members.createdAt})::int as year, count(*)::int as joined
			from ${members} where ${isCurrentMember} group by 1 order by 1`),
		db.execute(sql`
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
		db.execute(sql`
			select ${members.gender} as key, count(*)::int as n from ${members}
			where ${isCurrentMember} and ${members.gender} is not null group by 1`),
		db.execute(sql`
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
			total: running += Number(r.joined)
		})),
		chapters: Number(chapters.rows[0]?.chapters ?? 0),
		activeChapters: Number(chapters.rows[0]?.active ?? 0),
		activeThreshold: settings.activeChapterMembers,
		gender: suppress(GENDERS, genders.rows),
		ageBand: suppress(AGE_BANDS, ages.rows),
		readiness
	};
}
export { organisationAtAGlance as t };
