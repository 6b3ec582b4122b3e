import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import { dispatchAll } from '$lib/server/events/dispatcher';
import { handlers } from '$lib/server/events/handlers';
import { loadActor } from '$lib/server/members/actor';
import { openPool, type Connection, type Db, type Queryable } from './client';

/**
 * A fresh, migrated database for one test file, on PGlite by default or on PostgreSQL when
 * DATABASE_URL is set. tests/global-setup.ts migrates a template once; each call here copies
 * it (PGlite: loads the dumped data folder, ~0.4 s; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export async function createTestDatabase(): Promise<Connection> {
	const template = testTemplate();
	return process.env.DATABASE_URL
		? createPostgresCopy(process.env.DATABASE_URL, template)
		: createPgliteCopy(template);
}

/**
 * A fresh copy of a database holding the demo organisation, for tests that read it. Seeding takes
 * about twenty seconds, so the first test file of a run that asks seeds a second template and
 * every later one copies it as quickly as the empty one. Tests may change their copy freely.
 */
export async function createDemoDatabase(): Promise<Connection> {
	const template = testTemplate();
	return process.env.DATABASE_URL
		? createPostgresCopy(process.env.DATABASE_URL, await postgresDemoTemplate(template))
		: createPgliteCopy(await pgliteDemoTemplate(template));
}

function testTemplate(): string {
	const template = process.env.PLENARY_TEST_TEMPLATE;
	if (!template) throw new Error('tests/global-setup.ts did not run: no PLENARY_TEST_TEMPLATE');
	return template;
}

/** The demo template of a PostgreSQL run, named in global-setup.ts, which drops it afterwards. */
async function postgresDemoTemplate(template: string): Promise<string> {
	const url = process.env.DATABASE_URL!;
	const name = process.env.PLENARY_TEST_DEMO_TEMPLATE!;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	try {
		// Test files in other workers wait here while one of them seeds.
		await admin.query('select pg_advisory_lock(hashtext($1))', [name]);
		const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
		if (found.rowCount === 0) {
			await admin.query(`create database ${name} template ${template}`);
			const target = new URL(url);
			target.pathname = `/${name}`;
			const connection = openPool({ url: target.toString(), max: 4 });
			try {
				await seedDemoInto(connection);
			} catch (err) {
				await connection.close();
				await admin.query(`drop database if exists ${name} with (force)`);
				throw err;
			}
			await connection.close();
		}
		return name;
	} finally {
		await admin.end();
	}
}

/** The demo template of a PGlite run: a dumped data folder beside the empty one. */
async function pgliteDemoTemplate(template: string): Promise<string> {
	const path = `${template}.demo`;
	const lock = `${path}.lock`;
	for (let waited = 0; !existsSync(path); waited += 200) {
		try {
			mkdirSync(lock);
		} catch {
			// Another test file is seeding it: wait for the dump to appear.
			if (waited > 600_000) throw new Error(`no demo database after ten minutes (${lock})`);
			await new Promise((resolve) => setTimeout(resolve, 200));
			continue;
		}
		try {
			if (!existsSync(path)) {
				await withPgliteCopy(template, async (connection, dump) => {
					await seedDemoInto(connection);
					await connection.close();
					await writeFile(`${path}.tmp`, Buffer.from(await (await dump()).arrayBuffer()));
				});
				renameSync(`${path}.tmp`, path);
			}
		} finally {
			rmSync(lock, { recursive: true, force: true });
		}
	}
	return path;
}

/** Loaded only here: most test files never seed, and should not import the demo to start. */
async function seedDemoInto(connection: Connection) {
	const { seedDemo } = await import('$lib/server/seed/demo');
	await seedDemo(connection.db);
}

type EmbeddedServer = Awaited<
	ReturnType<(typeof import('../../../../scripts/embedded-db.mjs'))['startEmbeddedServer']>
>;

async function startPgliteCopy(dumpPath: string) {
	const { startEmbeddedServer } = await import('../../../../scripts/embedded-db.mjs');
	const server: EmbeddedServer = await startEmbeddedServer({
		loadDataDir: new Blob([await readFile(dumpPath)])
	});
	return { server, connection: openPool({ socketDir: server.socketDir, port: server.port }) };
}

/** Work on a copy, with a way to dump it once the pool is closed, then stop it. */
async function withPgliteCopy(
	dumpPath: string,
	work: (connection: Connection, dump: () => Promise<Blob>) => Promise<void>
) {
	const { server, connection } = await startPgliteCopy(dumpPath);
	try {
		await work(connection, () => server.db.dumpDataDir('none'));
	} finally {
		await connection.close().catch(() => {});
		await server.stop();
	}
}

async function createPgliteCopy(dumpPath: string): Promise<Connection> {
	const { server, connection } = await startPgliteCopy(dumpPath);
	return {
		...connection,
		close: async () => {
			await connection.close();
			await server.stop();
		}
	};
}

async function createPostgresCopy(url: string, template: string): Promise<Connection> {
	const name = `plenary_test_${process.pid}_${randomBytes(4).toString('hex')}`;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	await admin.query(`create database ${name} template ${template}`);
	await admin.end();
	const target = new URL(url);
	target.pathname = `/${name}`;
	const connection = openPool({ url: target.toString(), max: 4 });
	return {
		...connection,
		close: async () => {
			await connection.close();
			const cleanup = new pg.Client({ connectionString: url });
			await cleanup.connect();
			await cleanup.query(`drop database if exists ${name} with (force)`);
			await cleanup.end();
		}
	};
}

/**
 * The actor for a member, built by the same loader the server hook uses: tests never hand-make
 * an actor the app could not produce (that is how a lapsed member once passed a policy test).
 */
export async function actorFor(db: Queryable, memberId: number): Promise<Actor> {
	const actor = await loadActor(db, memberId);
	if (!actor) throw new Error(`no member ${memberId}`);
	return actor;
}

/**
 * Run every handler for the events appended so far, as the app does after each request. Another
 * dispatch running at the same time (two requests in one test) holds some events locked, and the
 * claim skips them: wait until they are done too, so the caller sees every after-effect.
 */
export async function dispatchEvents(db: Db): Promise<void> {
	for (let tries = 0; tries < 500; tries++) {
		await dispatchAll(db, handlers);
		const pending = await db.execute<{ n: number }>(
			sql`select count(*)::int as n from events where dispatched_at is null and dispatch_attempts < 5`
		);
		if (Number(pending.rows[0].n) === 0) return;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error('events stayed undispatched');
}
