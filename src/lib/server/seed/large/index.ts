import { count } from 'drizzle-orm';
import type pg from 'pg';
import type { Db } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import { PRESETS, type PresetName } from './presets';
import { seedPeople } from './people';
import { seedChapters } from './chapters';
import { seedWriting } from './writing';
import { seedDecisions } from './decisions';
import type { Log } from './log';
import { withIndexesDeferred } from './columns';

export { PRESETS, isPresetName, type PresetName } from './presets';

export class DatabaseNotEmpty extends Error {
	constructor() {
		super('The database already has members: the large organisation needs an empty one.');
	}
}

/** The start of today (UTC): the large organisation's "now", so a day's runs give the same rows. */
export const today = () => new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000);

/**
 * Build the large organisation (a preset of presets.ts) in an empty, migrated database, in a
 * fixed order from seeded generators: the same preset and `now` give the same rows. Not in one
 * transaction (millions of rows): a run that fails leaves a partial organisation to drop.
 */
export async function seedLarge(
	connection: { db: Db; pool: pg.Pool },
	preset: PresetName,
	{ now = today(), print = () => {} }: { now?: Date; print?: (line: string) => void } = {}
) {
	const figures = PRESETS[preset];
	const [{ n }] = await connection.db.select({ n: count() }).from(members);
	if (n > 0) throw new DatabaseNotEmpty();
	const begun = Date.now();
	const log: Log = (what, started) =>
		print(`  ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
	const { pool } = connection;

	let started = Date.now();
	const people = await withIndexesDeferred(pool, 'members', () =>
		seedPeople(pool, figures.members, now)
	);
	log(`members: ${people.length}`, started);
	started = Date.now();
	const chapters = await seedChapters(pool, people, figures.chapters);
	log(`chapters: ${chapters.count}, memberships: ${people.length}`, started);
	// Comments are written in two parts (writing, then decisions) and read by neither.
	const { writing, decided } = await withIndexesDeferred(pool, 'comments', async () => ({
		writing: await seedWriting(pool, people, chapters, figures, now, log),
		decided: await seedDecisions(connection, people, chapters, figures, now, log)
	}));
	started = Date.now();
	await pool.query('analyze');
	log('analyze', started);
	print(`Large organisation (${preset}) built in ${((Date.now() - begun) / 1000).toFixed(1)} s.`);
	return {
		members: people.length,
		chapters: chapters.count,
		...writing,
		comments: figures.comments,
		...decided
	};
}
