import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPool } from '../src/lib/server/db/client';
import { migrateDatabase, migrationsFolder } from '../src/lib/server/db/migrate';
import { startEmbeddedServer } from '../scripts/embedded-db.mjs';

/** Migrate one template database per run; each test file copies it (see db/testing.ts). */
export default async function setup() {
	const hash = migrationsHash();
	if (process.env.DATABASE_URL) {
		const template = `plenary_template_${hash}`;
		const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
		await admin.connect();
		const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
		if (exists.rowCount === 0) {
			await admin.query(`create database ${template}`);
			const url = new URL(process.env.DATABASE_URL);
			url.pathname = `/${template}`;
			const connection = openPool({ url: url.toString(), max: 1 });
			await migrateDatabase(connection.pool);
			await connection.close();
		}
		await admin.end();
		process.env.PLENARY_TEST_TEMPLATE = template;
		// Seeded by the first test file that needs the demo (db/testing.ts), dropped at the end.
		const demo = `plenary_demo_${hash}_${process.pid}`;
		process.env.PLENARY_TEST_DEMO_TEMPLATE = demo;
		return async () => {
			const cleanup = new pg.Client({ connectionString: process.env.DATABASE_URL });
			await cleanup.connect();
			await cleanup.query(`drop database if exists ${demo} with (force)`);
			await cleanup.end();
		};
	}
	const server = await startEmbeddedServer({});
	const connection = openPool({ socketDir: server.socketDir, port: server.port });
	await migrateDatabase(connection.pool);
	await connection.close();
	const dump: Blob = await server.db.dumpDataDir('none');
	await server.stop();
	const path = join(tmpdir(), `plenary-template-${hash}-${process.pid}.tar`);
	writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
	process.env.PLENARY_TEST_TEMPLATE = path;
	return () => {
		rmSync(path, { force: true });
		rmSync(`${path}.demo`, { force: true });
	};
}

function migrationsHash(): string {
	const hash = createHash('sha256');
	const folder = migrationsFolder();
	for (const file of readdirSync(folder).sort()) {
		if (file.endsWith('.sql')) hash.update(readFileSync(join(folder, file)));
	}
	return hash.digest('hex').slice(0, 12);
}
