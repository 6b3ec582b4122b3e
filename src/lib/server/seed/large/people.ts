import type pg from 'pg';
import { SeededRandom } from '$lib/domain/tally/seeded-random';
import { hashPassword } from '$lib/server/accounts/passwords';
import { generateDemoPeople } from '../demo-people';
import { DEMO_PASSWORD } from '../demo';
import { upTo } from './text';
import { advanceIdentity, insertColumns, lastId, textArray } from './columns';

const DAY = 86_400_000;

/** What the later steps need to know of a member. */
export type Person = { id: number; country: string; city: string; joinedAt: Date };

/**
 * The members: the demo's generator at a larger count (the same names, cities and bios, the demo
 * login first), every address confirmed, everyone active in the last 200 days (nobody lapsed,
 * so every member votes), most of them listed in the directory. All share the demo password,
 * hashed once (its salt is the one thing that differs between two runs).
 */
export async function seedPeople(pool: pg.Pool, count: number, now: Date): Promise<Person[]> {
	const rng = new SeededRandom('plenary-large-people');
	const people = generateDemoPeople(count, 2012);
	const base = await lastId(pool, 'members');
	const ids = people.map((_, i) => base + i + 1);
	const joined = people.map((p) => p.joinedAt);
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	await insertColumns(pool, 'members', [
		{ name: 'id', type: 'bigint', values: ids },
		{ name: 'email', type: 'text', values: people.map((p) => p.email) },
		{ name: 'email_verified_at', type: 'timestamptz', values: joined },
		{ name: 'password_hash', type: 'text', values: people.map(() => passwordHash) },
		{ name: 'handle', type: 'text', values: people.map((p) => p.handle) },
		{ name: 'display_name', type: 'text', values: people.map((p) => p.displayName) },
		{ name: 'country', type: 'text', values: people.map((p) => p.country) },
		{ name: 'city', type: 'text', values: people.map((p) => p.city) },
		{
			name: 'languages',
			type: 'text',
			cast: 'text[]',
			values: people.map((p) => textArray(p.languages))
		},
		{ name: 'bio', type: 'text', values: people.map((p) => p.bio) },
		{ name: 'locale', type: 'text', values: people.map((p) => p.locale) },
		{ name: 'time_zone', type: 'text', values: people.map((p) => p.timeZone) },
		{ name: 'gender', type: 'text', values: people.map((p) => p.gender) },
		{ name: 'age_band', type: 'text', values: people.map((p) => p.ageBand) },
		{ name: 'tier', type: 'text', values: people.map(() => 'interim') },
		{ name: 'tier_since', type: 'timestamptz', values: joined },
		{ name: 'created_at', type: 'timestamptz', values: joined },
		{
			name: 'last_active_at',
			type: 'timestamptz',
			values: people.map(() => new Date(now.getTime() - upTo(rng, 200 * DAY)))
		},
		{ name: 'in_directory', type: 'boolean', values: ids.map((id) => id % 11 !== 5) },
		{ name: 'on_map', type: 'boolean', values: ids.map((id) => id % 13 !== 7) },
		{ name: 'show_full_name', type: 'boolean', values: ids.map((id) => id % 7 !== 3) }
	]);
	await advanceIdentity(pool, 'members');
	return people.map((p, i) => ({
		id: ids[i],
		country: p.country,
		city: p.city,
		joinedAt: new Date(p.joinedAt)
	}));
}
