import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_EMAIL } from '../../src/lib/server/seed/demo-people';
import { logIn } from './support/members';
import { freshPostgres, postgresAvailable } from './support/postgres';
import { freePort, isAlive, startServer, type Server } from './support/server';

/**
 * A first start on an empty database creates the demo organisation before the server answers, in
 * a process of its own: whatever seeding leaves in memory goes with that process, never staying
 * in the server's for its whole life.
 */
const SEEDING = /Creating the demo organisation in process (\d+)/;

const folders: string[] = [];
const servers: Server[] = [];
afterAll(() => {
	for (const s of servers) if (s.process.exitCode === null) s.process.kill('SIGKILL');
	for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function folder() {
	const dir = mkdtempSync(join(tmpdir(), 'plenary-first-start-'));
	folders.push(dir);
	return dir;
}

async function start(dataDir: string, databaseUrl?: string) {
	const server = await startServer({ port: await freePort(), dataDir, databaseUrl });
	servers.push(server);
	return server;
}

/** The server is up: check who seeded, that it has gone, and that the demo is there. */
async function expectSeededApart(server: Server) {
	const seeding = Number(SEEDING.exec(server.output())?.[1]);
	expect(seeding).toBeGreaterThan(0);
	expect(seeding).not.toBe(server.process.pid);
	expect(isAlive(seeding)).toBe(false);
	// Its log lines are the server's, and it had finished before the server listened.
	expect(server.output()).toMatch(/Demo organisation created[^]*Listening on/);
	expect(await logIn(server.url, DEMO_EMAIL)).not.toBeNull();
}

async function stop(server: Server) {
	server.process.kill('SIGTERM');
	expect(await server.exited).toEqual({ code: 0, signal: null });
}

describe('first start on the embedded database', () => {
	it('seeds the demo in another process, which has exited, and not again on a later start', async () => {
		const dataDir = folder();
		const first = await start(dataDir);
		await expectSeededApart(first);
		await stop(first);
		const later = await start(dataDir);
		expect(later.output()).not.toMatch(SEEDING);
		expect(await logIn(later.url, DEMO_EMAIL)).not.toBeNull();
		await stop(later);
	});
});

describe.runIf(await postgresAvailable())('first start on PostgreSQL', () => {
	it('seeds the demo in another process, which has exited', async () => {
		const database = await freshPostgres();
		try {
			const server = await start(folder(), database.url);
			await expectSeededApart(server);
			await stop(server);
		} finally {
			await database.drop();
		}
	});
});
