import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where fresh PostgreSQL databases are created (CI's server by default). */
export const ADMIN_URL =
	process.env.RELIABILITY_DATABASE_URL ||
	process.env.DATABASE_URL ||
	'postgres://postgres@127.0.0.1:5432/postgres';

/** Is PostgreSQL there? In CI it must be: a missing server fails the run instead of skipping. */
export async function postgresAvailable(): Promise<boolean> {
	const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
	try {
		await client.connect();
		await client.end();
		return true;
	} catch (err) {
		if (process.env.CI) throw err;
		return false;
	}
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: ADMIN_URL });
	await client.connect();
	try {
		return await run(client);
	} finally {
		await client.end();
	}
}

/** A new, empty database; `drop()` removes it (closing whatever is still connected). */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
	const name = `plenary_reliability_${randomBytes(4).toString('hex')}`;
	await admin((c) => c.query(`create database ${name}`));
	const url = new URL(ADMIN_URL);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => {})
	};
}
