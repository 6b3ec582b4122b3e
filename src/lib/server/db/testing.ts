import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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
	const template = process.env.PLENARY_TEST_TEMPLATE;
	if (!template) throw new Error('tests/global-setup.ts did not run: no PLENARY_TEST_TEMPLATE');
	return process.env.DATABASE_URL
		? createPostgresCopy(process.env.DATABASE_URL, template)
		: createPgliteCopy(template);
}

async function createPgliteCopy(dumpPath: string): Promise<Connection> {
	const { startEmbeddedServer } = await import('../../../../scripts/embedded-db.mjs');
	const dump = new Blob([await readFile(dumpPath)]);
	const server = await startEmbeddedServer({ loadDataDir: dump });
	const connection = openPool({ socketDir: server.socketDir, port: server.port });
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
