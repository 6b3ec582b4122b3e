import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

/** The app's database; `$client` is its pool, for what drizzle has no word for (named.ts). */
export type Db = NodePgDatabase<typeof schema> & { $client: pg.Pool };
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything a query can run on: the database or an open transaction. */
export type Queryable = Db | Tx;

export type Connection = { db: Db; pool: pg.Pool; close: () => Promise<void> };

export type PoolTarget = { url: string; max: number } | { socketDir: string; port: number };

/**
 * One `pg` pool for both PostgreSQL and the embedded database (reached over its socket),
 * so the app has a single code path. The embedded one gets a single connection: PGlite
 * runs one session, and one connection keeps transactions isolated from each other.
 */
export function openPool(target: PoolTarget): Connection {
	const pool =
		'url' in target
			? new pg.Pool({ connectionString: target.url, max: target.max })
			: new pg.Pool({
					host: target.socketDir,
					port: target.port,
					user: 'postgres',
					database: 'postgres',
					max: 1,
					idleTimeoutMillis: 0
				});
	// An idle client losing its server must not crash the process; the pool reconnects.
	pool.on('error', (err) => console.error('database connection error:', err.message));
	const db = drizzle(pool, { schema });
	return { db, pool, close: () => pool.end() };
}

export { schema };
