import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { resolve } from 'node:path';
import type pg from 'pg';

// Any fixed number: every app node asks for the same advisory lock, so only one migrates.
const MIGRATION_LOCK = 7_320_411;

export function migrationsFolder(): string {
	return resolve(process.env.PLENARY_MIGRATIONS_DIR ?? 'drizzle');
}

/** Apply the committed drizzle-kit migrations; safe when several app nodes start at once. */
export async function migrateDatabase(pool: pg.Pool): Promise<void> {
	const client = await pool.connect();
	try {
		await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
		try {
			await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
		} finally {
			await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
		}
	} finally {
		client.release();
	}
}
