import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { withEmbedded } from './support/checksums';
import { action, demoEmails, logIn, type Member } from './support/members';
import { freshPostgres, postgresAvailable } from './support/postgres';
import { embeddedDatabasePid, freePort, gone, startServer } from './support/server';

/** Members writing at once, and how many acknowledged writes to wait for before the crash. */
const MEMBERS = 6;
const WRITES_BEFORE_CRASH = 120;

type Write = { kind: 'ballot' | 'comment'; token: string };

/** Where the storm writes: an open vote, and discussions to comment on. */
async function targets(baseUrl: string) {
	const { decisions } = (await (await fetch(`${baseUrl}/api/v1/decisions`)).json()) as {
		decisions: { url: string; phase: string; ballotType: string; scope: { ref: string } }[];
	};
	const path = (d: { url: string }) => new URL(d.url).pathname;
	const vote = decisions.find(
		(d) => d.phase === 'voting' && d.ballotType === 'motion' && d.scope.ref === 'organisation'
	);
	const discussions = decisions.filter(
		(d) => d.scope.ref === 'organisation' && d.phase !== 'closed'
	);
	if (!vote || discussions.length === 0) throw new Error('the demo has no open vote to storm');
	return { vote: path(vote), discussions: discussions.map(path) };
}

/** Members who are signed in and may vote: each casts a first ballot, which is acknowledged. */
async function voters(baseUrl: string, vote: string, acknowledged: Write[]) {
	const found: Member[] = [];
	for (const email of demoEmails()) {
		if (found.length === MEMBERS) break;
		const member = await logIn(baseUrl, email);
		if (!member) continue;
		const token = `storm-ballot-${found.length}-first`;
		const cast = await action(baseUrl, `${vote}?/vote`, member.cookie, {
			vote: 'yes',
			reason: token
		});
		if (!cast.acknowledged) continue;
		acknowledged.push({ kind: 'ballot', token });
		found.push(member);
	}
	if (found.length < MEMBERS) throw new Error(`only ${found.length} demo members could vote`);
	return found;
}

/**
 * Each member votes and comments in turn, one request at a time as a person with a browser
 * does, all members at once, until the server is gone; `crash()` is called, once, when enough
 * writes were acknowledged, while the others' requests are still coming.
 */
async function storm(
	baseUrl: string,
	where: Awaited<ReturnType<typeof targets>>,
	members: Member[],
	acknowledged: Write[],
	crash: () => void
) {
	let crashed = false;
	let inFlight = 0;
	await Promise.all(
		members.map(async (member, m) => {
			for (let i = 0; ; i++) {
				const kind = i % 2 === 0 ? 'ballot' : 'comment';
				const token = `storm-${kind}-${m}-${i}`;
				const [path, form] =
					kind === 'ballot'
						? [`${where.vote}?/vote`, { vote: ['yes', 'no', 'abstain'][i % 3], reason: token }]
						: [`${where.discussions[i % where.discussions.length]}?/comment`, { body: token }];
				try {
					const answer = await action(baseUrl, path, member.cookie, form);
					if (answer.acknowledged) acknowledged.push({ kind, token });
				} catch (err) {
					// Refused: the server was gone before this one. Otherwise the server went away
					// with it in its hands: it may or may not be written, but never twice.
					const code = (err as { cause?: { code?: string } }).cause?.code;
					if (code !== 'ECONNREFUSED') inFlight++;
					return;
				}
				if (!crashed && acknowledged.length >= WRITES_BEFORE_CRASH) {
					crashed = true;
					crash();
				}
			}
		})
	);
	return { inFlight };
}

/** Every token the storm wrote, with how many rows hold it. */
async function writtenTokens(client: pg.ClientBase): Promise<Map<string, number>> {
	const { rows } = await client.query<{ token: string; n: number }>(`
		select reason as token, count(*)::int as n from ballots where reason like 'storm-%' group by 1
		union all
		select body, count(*)::int from comments where body like 'storm-%' group by 1`);
	return new Map(rows.map((r) => [r.token, r.n]));
}

/** Start on a fresh database, storm, kill -9 mid-storm, start again, and compare. */
async function crashAndRecover(
	dataDir: string,
	databaseUrl: string | undefined,
	read: (
		query: (client: pg.ClientBase) => Promise<Map<string, number>>
	) => Promise<Map<string, number>>
) {
	const port = await freePort();
	const server = await startServer({ port, dataDir, databaseUrl });
	const database = databaseUrl ? null : embeddedDatabasePid(dataDir);
	const where = await targets(server.url);
	const acknowledged: Write[] = [];
	const members = await voters(server.url, where.vote, acknowledged);

	// SIGKILL to the process group: the server and, on PGlite, its database process, with no
	// chance to finish anything.
	const { inFlight } = await storm(server.url, where, members, acknowledged, () =>
		process.kill(-server.process.pid!, 'SIGKILL')
	);
	expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
	if (database) expect(await gone(database)).toBe(true);

	// It comes back on the same data (the embedded database takes over the stale lock)…
	const again = await startServer({ port, dataDir, databaseUrl });
	expect((await fetch(`${again.url}${where.vote}`)).status).toBe(200);
	again.process.kill('SIGTERM');
	expect(await again.exited).toEqual({ code: 0, signal: null });

	// …with every acknowledged write there exactly once, and nothing written twice.
	const written = await read(writtenTokens);
	const missing = acknowledged.filter((w) => written.get(w.token) !== 1);
	const doubled = [...written].filter(([, n]) => n > 1);
	const ballots = acknowledged.filter((w) => w.kind === 'ballot').length;
	console.log(
		`${databaseUrl ? 'PostgreSQL' : 'PGlite'}: ${acknowledged.length} acknowledged writes ` +
			`(${ballots} ballots, ${acknowledged.length - ballots} comments) from ${members.length} members, ` +
			`${inFlight} in flight at the kill, ${written.size - acknowledged.length} written but unacknowledged; ` +
			`${missing.length} missing, ${doubled.length} doubled`
	);
	expect(acknowledged.length).toBeGreaterThanOrEqual(WRITES_BEFORE_CRASH);
	expect(missing).toEqual([]);
	expect(doubled).toEqual([]);
}

const folders: string[] = [];
const folder = () => {
	const path = mkdtempSync(join(tmpdir(), 'plenary-crash-'));
	folders.push(path);
	return path;
};
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

const onPostgres = await postgresAvailable();

describe('kill -9 in the middle of a storm of ballots and comments', () => {
	it('on the embedded database, loses and doubles no acknowledged write', async () => {
		const dataDir = folder();
		await crashAndRecover(dataDir, undefined, (query) => withEmbedded(dataDir, query));
	});

	it.runIf(onPostgres)('on PostgreSQL, loses and doubles no acknowledged write', async () => {
		const database = await freshPostgres();
		try {
			await crashAndRecover(folder(), database.url, async (query) => {
				const client = new pg.Client({ connectionString: database.url });
				await client.connect();
				try {
					return await query(client);
				} finally {
					await client.end();
				}
			});
		} finally {
			await database.drop();
		}
	});
});
