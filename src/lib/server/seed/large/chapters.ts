import type pg from 'pg';
import { SeededRandom } from '$lib/domain/tally/seeded-random';
import { slugify } from '$lib/server/refs';
import { advanceIdentity, insertColumns, lastId } from './columns';
import type { Person } from './people';

/** Local chapters beyond a city's first are its districts (then numbered). */
const DISTRICTS = ['North', 'South', 'East', 'West', 'Central', 'Riverside', 'Old Town', 'Harbour'];

export type Chapters = {
	count: number;
	/** Country code → the country chapter's id. */
	countryChapter: Map<string, number>;
	/** Member id → home chapter id. */
	home: Map<number, number>;
};

/**
 * The chapter tree as the demo builds it: the organisation, a chapter per country with members,
 * and local chapters under them, the budget shared among cities by their membership (a big city
 * has several, named after districts; a city left without one has its members at home in the
 * country chapter). Every member has one home chapter, joined when they joined.
 */
export async function seedChapters(
	pool: pg.Pool,
	people: Person[],
	budget: number
): Promise<Chapters> {
	const rng = new SeededRandom('plenary-large-chapters');
	const firstJoined = new Map<string, Date>();
	const cityMembers = new Map<string, Person[]>();
	for (const p of people) {
		if (!firstJoined.has(p.country)) firstJoined.set(p.country, p.joinedAt);
		const key = `${p.country}|${p.city}`;
		const list = cityMembers.get(key) ?? [];
		list.push(p);
		cityMembers.set(key, list);
	}
	const countries = [...firstJoined.keys()];
	// Biggest cities first (ties in the order they were met), each with a share of the budget.
	const cities = [...cityMembers].sort((a, b) => b[1].length - a[1].length);
	const locals = Math.max(0, budget - 1 - countries.length);
	const share: number[] = cities.map((_, i) => (i < locals ? 1 : 0));
	let left = locals - share.reduce((a, b) => a + b, 0);
	const spare = left;
	cities.forEach(([, list], i) => {
		const extra = Math.min(left, Math.floor((spare * list.length) / people.length));
		share[i] += extra;
		left -= extra;
	});
	for (let i = 0; left > 0 && cities.length; i = (i + 1) % cities.length, left--) share[i]++;

	const base = await lastId(pool, 'chapters');
	const rows: {
		id: number;
		parent: number | null;
		kind: string;
		name: string;
		slug: string;
		country: string | null;
		city: string | null;
		createdAt: Date;
	}[] = [];
	const add = (r: Omit<(typeof rows)[number], 'id'>) => {
		const id = base + rows.length + 1;
		rows.push({ id, ...r });
		return id;
	};
	const root = add({
		parent: null,
		kind: 'organisation',
		name: 'organisation',
		slug: 'organisation',
		country: null,
		city: null,
		createdAt: people[0]?.joinedAt ?? new Date(0)
	});
	const countryChapter = new Map<string, number>();
	const slugs = new Set<string>(['organisation']);
	for (const country of countries) {
		const slug = country.toLowerCase();
		slugs.add(slug);
		countryChapter.set(
			country,
			add({
				parent: root,
				kind: 'country',
				name: country,
				slug,
				country,
				city: null,
				createdAt: firstJoined.get(country)!
			})
		);
	}
	const home = new Map<number, number>();
	cities.forEach(([, list], i) => {
		const { country, city } = list[0];
		const ids: number[] = [];
		for (let n = 0; n < share[i]; n++) {
			const district =
				n === 0
					? ''
					: ` ${DISTRICTS[(n - 1) % DISTRICTS.length]}${n > DISTRICTS.length ? ` ${Math.ceil(n / DISTRICTS.length)}` : ''}`;
			const name = `${city}${district}`;
			const base = `${country.toLowerCase()}-${slugify(name, 'chapter')}`;
			let slug = base;
			for (let k = 2; slugs.has(slug); k++) slug = `${base}-${k}`;
			slugs.add(slug);
			ids.push(
				add({
					parent: countryChapter.get(country)!,
					kind: 'local',
					name,
					slug,
					country,
					city: name,
					createdAt: list[0].joinedAt
				})
			);
		}
		for (const p of list)
			home.set(p.id, ids.length ? ids[rng.below(ids.length)] : countryChapter.get(country)!);
	});

	await insertColumns(pool, 'chapters', [
		{ name: 'id', type: 'bigint', values: rows.map((r) => r.id) },
		{ name: 'parent_id', type: 'bigint', values: rows.map((r) => r.parent) },
		{ name: 'kind', type: 'text', values: rows.map((r) => r.kind) },
		{ name: 'name', type: 'text', values: rows.map((r) => r.name) },
		{ name: 'slug', type: 'text', values: rows.map((r) => r.slug) },
		{ name: 'country', type: 'text', values: rows.map((r) => r.country) },
		{ name: 'city', type: 'text', values: rows.map((r) => r.city) },
		{ name: 'created_at', type: 'timestamptz', values: rows.map((r) => r.createdAt) }
	]);
	await advanceIdentity(pool, 'chapters');
	await insertColumns(pool, 'chapter_memberships', [
		{ name: 'chapter_id', type: 'bigint', values: people.map((p) => home.get(p.id)!) },
		{ name: 'member_id', type: 'bigint', values: people.map((p) => p.id) },
		{ name: 'joined_at', type: 'timestamptz', values: people.map((p) => p.joinedAt) },
		{ name: 'home', type: 'boolean', values: people.map(() => true) }
	]);
	return { count: rows.length, countryChapter, home };
}
