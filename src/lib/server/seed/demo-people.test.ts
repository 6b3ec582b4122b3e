import { describe, expect, it } from 'vitest';
import { DEMO_COUNTRIES, LANGUAGE_NAMES_EN } from './demo-countries';
import { NAME_POOLS, givenNamesOf, type NamePool } from './demo-names';
import { generateDemoPeople, type DemoPerson } from './demo-people';

// Generated once: the suite only reads it, and generation is the slow part.
const people = generateDemoPeople();

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * Intl.supportedValuesOf('timeZone') lists CLDR's preferred spellings
 * (Asia/Calcutta rather than Asia/Kolkata), so ask DateTimeFormat instead:
 * it accepts every IANA name and rejects anything else.
 */
function isValidTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** Intl look-ups are slow-ish and the same few hundred values repeat 3,000 times. */
function memo(check: (value: string) => boolean): (value: string) => boolean {
	const seen = new Map<string, boolean>();
	return (value) => {
		let ok = seen.get(value);
		if (ok === undefined) {
			ok = check(value);
			seen.set(value, ok);
		}
		return ok;
	};
}

const validTimeZone = memo(isValidTimeZone);
const isRealRegion = memo((code) => /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code);
const isRealLanguage = memo((code) => /^[a-z]{2}$/.test(code) && languageNames.of(code) !== code);

const CONTINENTS = ['africa', 'asia', 'europe', 'north-america', 'south-america', 'oceania'];
const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'];

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return counts;
}

describe('generateDemoPeople', () => {
	it('is deterministic: the same seed gives the same people, byte for byte', () => {
		expect(JSON.stringify(generateDemoPeople())).toBe(JSON.stringify(people));
		expect(JSON.stringify(generateDemoPeople(500, 7))).toBe(
			JSON.stringify(generateDemoPeople(500, 7))
		);
	});

	it('gives different people for a different seed', () => {
		const other = generateDemoPeople(3000, 2013);
		expect(other).toHaveLength(3000);
		expect(JSON.stringify(other)).not.toBe(JSON.stringify(people));
		const same = other.filter((p, i) => p.handle === people[i]?.handle).length;
		expect(same).toBeLessThan(100); // only the demo login and chance coincidences
	});

	it('makes 3,000 people by default and honours other counts', () => {
		expect(people).toHaveLength(3000);
		expect(generateDemoPeople(10)).toHaveLength(10);
		expect(generateDemoPeople(1)).toHaveLength(1);
		expect(generateDemoPeople(0)).toEqual([]);
	});

	it('puts the demo login first', () => {
		const demo = people[0] as DemoPerson;
		expect(demo.handle).toBe('demo');
		expect(demo.email).toBe('demo@example.org');
		expect(demo.country).toBe('GB');
		expect(demo.city).toBe('London');
		expect(demo.timeZone).toBe('Europe/London');
		expect(demo.displayName.length).toBeGreaterThan(0);
		expect(generateDemoPeople(1)[0]?.handle).toBe('demo');
		expect(generateDemoPeople(3000, 99)[0]).toEqual(demo);
		expect(people.slice(1).some((p) => p.handle === 'demo' || p.email === 'demo@example.org')).toBe(
			false
		);
	});

	it('gives unique e-mails and handles, case-insensitively', () => {
		expect(new Set(people.map((p) => p.email.toLowerCase())).size).toBe(people.length);
		expect(new Set(people.map((p) => p.handle.toLowerCase())).size).toBe(people.length);
	});

	it('formats handles as 3–30 chars of [a-z0-9_] starting with a letter', () => {
		for (const p of people) expect(p.handle).toMatch(/^[a-z][a-z0-9_]{2,29}$/);
		// Collisions are resolved with a numeric suffix, so some must have one.
		expect(people.filter((p) => /\d$/.test(p.handle)).length).toBeGreaterThan(0);
	});

	it('formats e-mails as lower-case ASCII on example.org', () => {
		for (const p of people) {
			expect(p.email).toMatch(/^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?@example\.org$/);
			expect(p.email).not.toMatch(/\.\.|[._-]{2}/);
			expect(p.email.split('@')[0]?.length ?? 0).toBeLessThanOrEqual(64);
		}
	});

	it('uses only real ISO 3166-1 country codes', () => {
		for (const p of people) expect(isRealRegion(p.country), p.country).toBe(true);
	});

	it('uses only valid IANA time zones, matching the city', () => {
		const zoneOf = new Map(
			DEMO_COUNTRIES.flatMap((c) =>
				c.cities.map((city) => [`${c.code}/${city.name}`, city.timeZone])
			)
		);
		for (const p of people) {
			expect(validTimeZone(p.timeZone), p.timeZone).toBe(true);
			expect(zoneOf.get(`${p.country}/${p.city}`)).toBe(p.timeZone);
		}
	});

	it('covers 70–80 countries and every continent', () => {
		const countries = new Set(people.map((p) => p.country));
		expect(countries.size).toBeGreaterThanOrEqual(70);
		expect(countries.size).toBeLessThanOrEqual(80);
		const continents = new Set(people.map((p) => p.continent));
		expect(continents.size).toBeGreaterThanOrEqual(5);
		for (const c of continents) expect(CONTINENTS).toContain(c);
	});

	it('has a few big countries with several hundred members, skewed toward big cities', () => {
		const byCountry = countBy(people, (p) => p.country);
		expect(byCountry.get('US') ?? 0).toBeGreaterThan(400);
		expect(byCountry.get('GB') ?? 0).toBeGreaterThan(200);
		expect(byCountry.get('CA') ?? 0).toBeGreaterThan(100);
		expect(byCountry.get('AU') ?? 0).toBeGreaterThan(100);
		const us = people.filter((p) => p.country === 'US');
		const usCities = [...countBy(us, (p) => p.city).values()].sort((a, b) => b - a);
		expect(usCities.length).toBeGreaterThanOrEqual(8);
		expect(usCities[0] ?? 0).toBeGreaterThan(2 * (usCities[usCities.length - 1] ?? 0));
	});

	it('respects field length limits and enumerations', () => {
		for (const p of people) {
			expect(p.displayName.length).toBeGreaterThanOrEqual(1);
			expect(p.displayName.length).toBeLessThanOrEqual(80);
			expect(p.displayName).toBe(p.displayName.trim());
			expect(p.bio.length).toBeLessThanOrEqual(400);
			expect(p.city.length).toBeGreaterThan(0);
			expect(p.languages.length).toBeGreaterThanOrEqual(1);
			expect(p.languages.length).toBeLessThanOrEqual(3);
			expect(new Set(p.languages).size).toBe(p.languages.length);
			for (const l of p.languages) expect(isRealLanguage(l), l).toBe(true);
			expect(['en', 'es', 'ar']).toContain(p.locale);
			if (p.gender !== null) expect(['f', 'm', 'x']).toContain(p.gender);
			if (p.ageBand !== null) expect(AGE_BANDS).toContain(p.ageBand);
		}
	});

	it('has joinedAt before lastActiveAt, inside the IOPS years', () => {
		const launch = Date.parse('2012-01-15T00:00:00Z');
		const end = Date.parse('2018-06-30T23:59:59Z');
		for (const p of people) {
			const joined = Date.parse(p.joinedAt);
			const last = Date.parse(p.lastActiveAt);
			expect(new Date(joined).toISOString()).toBe(p.joinedAt);
			expect(new Date(last).toISOString()).toBe(p.lastActiveAt);
			expect(joined).toBeGreaterThanOrEqual(launch);
			expect(joined).toBeLessThan(last);
			expect(last).toBeLessThanOrEqual(end);
		}
	});

	it('front-loads joining and mixes recent with lapsed members', () => {
		const early = people.filter((p) => p.joinedAt < '2014').length / people.length;
		expect(early).toBeGreaterThan(0.5);
		const joinedIn = countBy(people, (p) => p.joinedAt.slice(0, 4));
		expect(joinedIn.get('2012') ?? 0).toBeGreaterThan(joinedIn.get('2015') ?? 0);
		expect(joinedIn.get('2015') ?? 0).toBeGreaterThan(joinedIn.get('2018') ?? 0);
		const recent = people.filter((p) => p.lastActiveAt >= '2018-04-01').length / people.length;
		const lapsed = people.filter((p) => p.lastActiveAt < '2016').length / people.length;
		expect(recent).toBeGreaterThan(0.3);
		expect(lapsed).toBeGreaterThan(0.15);
	});

	it('leaves gender and age band unset for about a quarter and a third of people', () => {
		const noGender = people.filter((p) => p.gender === null).length / people.length;
		const noAge = people.filter((p) => p.ageBand === null).length / people.length;
		expect(noGender).toBeGreaterThan(0.2);
		expect(noGender).toBeLessThan(0.3);
		expect(noAge).toBeGreaterThan(0.25);
		expect(noAge).toBeLessThan(0.35);
	});

	it('sets the UI locale from the language: es for Spanish speakers, ar for about half of Arabic speakers', () => {
		for (const p of people) if (p.languages[0] === 'es') expect(p.locale).toBe('es');
		for (const p of people) if (p.locale === 'ar') expect(p.languages[0]).toBe('ar');
		const arabic = people.filter((p) => p.languages[0] === 'ar');
		expect(arabic.length).toBeGreaterThan(50);
		const share = arabic.filter((p) => p.locale === 'ar').length / arabic.length;
		expect(share).toBeGreaterThan(0.3);
		expect(share).toBeLessThan(0.7);
		const script =
			arabic.filter((p) => /[\u0600-\u06ff]/.test(p.displayName)).length / arabic.length;
		expect(script).toBeGreaterThan(0.2);
		expect(script).toBeLessThan(0.5);
	});

	it('writes varied bios, some empty, mostly in English', () => {
		const empty = people.filter((p) => p.bio === '').length / people.length;
		expect(empty).toBeGreaterThan(0.05);
		expect(empty).toBeLessThan(0.25);
		expect(new Set(people.map((p) => p.bio)).size).toBeGreaterThan(people.length * 0.6);
		expect(people.some((p) => /[\u0600-\u06ff]/.test(p.bio))).toBe(true);
		expect(people.some((p) => p.bio.startsWith('Trabajo') || p.bio.includes(' años '))).toBe(true);
	});
});

describe('demo data', () => {
	it('has about 76 countries with unique, valid codes and 3–12 real-looking cities each', () => {
		expect(DEMO_COUNTRIES.length).toBeGreaterThanOrEqual(70);
		expect(DEMO_COUNTRIES.length).toBeLessThanOrEqual(80);
		expect(new Set(DEMO_COUNTRIES.map((c) => c.code)).size).toBe(DEMO_COUNTRIES.length);
		for (const c of DEMO_COUNTRIES) {
			expect(isRealRegion(c.code), c.code).toBe(true);
			expect(c.cities.length, c.code).toBeGreaterThanOrEqual(3);
			expect(c.cities.length, c.code).toBeLessThanOrEqual(12);
			expect(new Set(c.cities.map((city) => city.name)).size).toBe(c.cities.length);
			expect(c.weight).toBeGreaterThan(0);
			expect(c.pools.length).toBeGreaterThan(0);
			for (const city of c.cities) {
				expect(validTimeZone(city.timeZone), `${c.code} ${city.name} ${city.timeZone}`).toBe(true);
				expect(city.weight).toBeGreaterThan(0);
			}
		}
	});

	it('uses ISO 639-1 codes with English names for every language', () => {
		const used = new Set(
			DEMO_COUNTRIES.flatMap((c) => [
				...c.languages,
				...c.cities.flatMap((city) => city.languages ?? [])
			])
		);
		for (const pool of Object.values(NAME_POOLS)) used.add(pool.language);
		for (const code of used) {
			expect(isRealLanguage(code), code).toBe(true);
			expect(LANGUAGE_NAMES_EN[code], code).toBeTruthy();
		}
	});

	it('names every city of an Arabic-speaking country in Arabic, for Arabic bios', () => {
		for (const c of DEMO_COUNTRIES.filter((country) => country.languages[0] === 'ar')) {
			for (const city of c.cities) expect(city.names?.ar, `${c.code} ${city.name}`).toBeTruthy();
		}
	});

	it('has name pools of useful size, with a gender tag on every given name', () => {
		const pools: [string, NamePool][] = Object.entries(NAME_POOLS);
		expect(pools.length).toBeGreaterThanOrEqual(25);
		for (const [id, pool] of pools) {
			const given = givenNamesOf(pool);
			expect(given.length, id).toBeGreaterThanOrEqual(18);
			expect(pool.family.length, id).toBeGreaterThanOrEqual(18);
			for (const g of given) expect(['f', 'm', 'x']).toContain(g.gender);
			expect(new Set(given.map((g) => g.name)).size, `${id} duplicate given name`).toBe(
				given.length
			);
		}
	});

	it('gives every name in an Arabic pool an Arabic-script form', () => {
		for (const pool of Object.values(NAME_POOLS) as NamePool[]) {
			if (!pool.arabicScript) continue;
			const script = pool.arabicScript;
			for (const g of givenNamesOf(pool))
				expect(script[g.name], g.name).toMatch(/^[\u0600-\u06ff ]+$/);
			for (const f of pool.family) {
				const forms = typeof f === 'string' ? [f] : [...f];
				for (const form of forms) expect(script[form], form).toMatch(/^[\u0600-\u06ff ]+$/);
			}
		}
	});
});
