import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accepting, slowLogIn } from './support/http';
import { freshPostgres, postgresAvailable } from './support/postgres';
import { embeddedDatabasePid, freePort, isAlive, startServer, type Server } from './support/server';

const DEMO_EMAIL = 'demo@example.org';

/**
 * Signal the server while a request is half-way in, and check the whole graceful path: new
 * connections refused at once, the request answered in full (its database still open), then a
 * clean exit.
 */
async function stopDuringRequest(server: Server, signal: () => void) {
	const slow = slowLogIn(server.url, DEMO_EMAIL);
	await slow.started;
	signal();
	while (await accepting(server.url)) await new Promise((resolve) => setTimeout(resolve, 50));
	slow.finish();
	const answer = await slow.response;
	expect(answer.status).toBe(200);
	expect(JSON.parse(answer.body)).toMatchObject({ type: 'redirect', location: '/' });
	expect(await server.exited).toEqual({ code: 0, signal: null });
}

const dataDirs: string[] = [];
afterAll(() => dataDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('graceful shutdown on the embedded database', () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'plenary-shutdown-'));
	dataDirs.push(dataDir);

	it('finishes the request in flight on SIGTERM, then closes the database and exits 0', async () => {
		const server = await startServer({ port: await freePort(), dataDir });
		const database = embeddedDatabasePid(dataDir)!;
		expect(isAlive(database)).toBe(true);
		await stopDuringRequest(server, () => server.process.kill('SIGTERM'));
		// The database process has closed the folder and released it before the server exited.
		expect(isAlive(database)).toBe(false);
		expect(existsSync(join(dataDir, 'plenary.lock'))).toBe(false);
		expect(server.output()).not.toMatch(/error/i);
	});

	it('on Ctrl-C, which reaches the database process too, the database outlives the request', async () => {
		const server = await startServer({ port: await freePort(), dataDir });
		const database = embeddedDatabasePid(dataDir)!;
		// A terminal sends SIGINT to the whole process group.
		await stopDuringRequest(server, () => process.kill(-server.process.pid!, 'SIGINT'));
		expect(isAlive(database)).toBe(false);
		expect(existsSync(join(dataDir, 'plenary.lock'))).toBe(false);
	});
});

describe.runIf(await postgresAvailable())('graceful shutdown on PostgreSQL', () => {
	it('finishes the request in flight on SIGTERM, then closes the pool and exits 0', async () => {
		const database = await freshPostgres();
		const dataDir = mkdtempSync(join(tmpdir(), 'plenary-shutdown-'));
		dataDirs.push(dataDir);
		try {
			const server = await startServer({
				port: await freePort(),
				dataDir,
				databaseUrl: database.url
			});
			await stopDuringRequest(server, () => server.process.kill('SIGTERM'));
			expect(server.output()).not.toMatch(/error/i);
		} finally {
			await database.drop();
		}
	});
});
