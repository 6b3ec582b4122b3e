import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAIL } from '../../src/lib/server/seed/demo-people';
import { logIn, type ActionAnswer } from './support/members';
import { freshPostgres, postgresAvailable } from './support/postgres';
import { startProxy, type Proxy } from './support/proxy';
import { freePort, gone, startServer, type Server } from './support/server';

/**
 * The setup docs/scaling.md describes: two app processes on one PostgreSQL behind a round-robin
 * proxy, every node with the same ORIGIN (the proxy's address). One database and two servers for
 * the whole file; the checks run in order.
 */
const available = await postgresAvailable();
const folders: string[] = [];
const servers: Server[] = [];
let database: Awaited<ReturnType<typeof freshPostgres>> | undefined;
let client: pg.Client | undefined;
let proxy: Proxy | undefined;
let nodes: Server[] = [];
let origin = '';
/** The vote whose time is made to be up before the nodes start. */
let dueDecision = 0;

type Decision = { id: number; url: string; phase: string; scope: { ref: string } };

async function start(port: number, name: string) {
	const dataDir = mkdtempSync(join(tmpdir(), 'plenary-cluster-'));
	folders.push(dataDir);
	// Each node names its connections, so the database can tell which node did what.
	const url = new URL(database!.url);
	url.searchParams.set('application_name', name);
	const server = await startServer({
		port,
		dataDir,
		databaseUrl: url.toString(),
		env: { ORIGIN: origin }
	});
	servers.push(server);
	return server;
}

async function stop(server: Server) {
	process.kill(-server.process.pid!, 'SIGTERM');
	await server.exited;
	await gone(server.process.pid!);
}

const sql = async <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
	(await client!.query(text, values)).rows as T[];

/** A form action sent straight to one node, as the proxy forwards it (from the site's origin). */
async function actionOn(
	node: string,
	path: string,
	cookie: string,
	form: Record<string, string>
): Promise<ActionAnswer> {
	const response = await fetch(`${node}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			cookie
		},
		body: new URLSearchParams(form).toString()
	});
	const type = ((await response.json()) as { type?: string }).type;
	return { acknowledged: response.ok && (type === 'success' || type === 'redirect'), type };
}

/** A visitor's page: no cookie at all, so the node may answer it from its page cache. */
const visitorPage = async (url: string) => (await fetch(url)).text();

async function until(check: () => Promise<boolean>, seconds: number) {
	const deadline = Date.now() + seconds * 1000;
	while (Date.now() < deadline) {
		if (await check()) return true;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return check();
}

async function openDecisions(): Promise<{ id: number; path: string; phase: string }[]> {
	const { decisions } = (await (await fetch(`${origin}/api/v1/decisions`)).json()) as {
		decisions: Decision[];
	};
	return decisions
		.filter((d) => d.phase !== 'closed' && d.scope.ref === 'organisation')
		.map((d) => ({ id: d.id, path: new URL(d.url).pathname, phase: d.phase }));
}

describe.skipIf(!available)('two app processes behind a proxy on one PostgreSQL', () => {
	beforeAll(async () => {
		database = await freshPostgres();
		client = new pg.Client({ connectionString: database.url });
		await client.connect();
		const [portA, portB, portProxy] = [await freePort(), await freePort(), await freePort()];
		origin = `http://127.0.0.1:${portProxy}`;
		proxy = await startProxy([`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`], portProxy);
		// The first node alone migrates and seeds the demo organisation, then stops: the two nodes
		// below then start together, and their schedulers' first ticks (5 s after start) meet.
		await stop(await start(portA, 'plenary-a'));

		// The database records, for the check of the scheduler: every tick (the claim statement), by
		// node, and every finished run of a job (the job's row gets its `last_finished_at`).
		await sql(`
			create table test_ticks (node text not null);
			create table test_job_runs (name text not null, node text not null);
			create function test_tick() returns trigger language plpgsql as $$ begin
				if current_query() like '%for update skip locked%' then
					insert into test_ticks values (current_setting('application_name'));
				end if;
				return null;
			end $$;
			create function test_job_run() returns trigger language plpgsql as $$ begin
				insert into test_job_runs values (new.name, current_setting('application_name'));
				return null;
			end $$;
			create trigger test_tick after update on scheduled_jobs
				for each statement execute function test_tick();
			create trigger test_job_run after update of last_finished_at on scheduled_jobs for each row
				when (new.last_finished_at is distinct from old.last_finished_at)
				execute function test_job_run();`);
		// Every job due now, and a vote whose time is up: its close is the scheduler's to make.
		await sql(`update scheduled_jobs set run_at = now(), leased_until = null`);
		const [voting] = await sql<{ id: number }>(
			`select id from decisions where phase = 'voting' and scope_kind = 'organisation'
			order by id limit 1`
		);
		await sql(`update decisions set voting_ends_at = now() - interval '1 second' where id = $1`, [
			voting.id
		]);
		dueDecision = voting.id;
		nodes = await Promise.all([start(portA, 'plenary-a'), start(portB, 'plenary-b')]);
	});

	afterAll(async () => {
		await proxy?.close();
		for (const s of servers) if (s.process.exitCode === null) s.process.kill('SIGKILL');
		await client?.end();
		await database?.drop();
		for (const f of folders) rmSync(f, { recursive: true, force: true });
	});

	it('the scheduler runs each due job once, though both nodes tick', async () => {
		const jobs = await sql<{ name: string }>(`select name from scheduled_jobs`);
		expect(jobs.length).toBeGreaterThan(3);
		const settled = await until(async () => {
			const ticks = await sql<{ node: string }>(`select distinct node from test_ticks`);
			const [{ n }] = await sql<{ n: number }>(
				`select count(distinct name)::int as n from test_job_runs`
			);
			return ticks.length === 2 && n === jobs.length;
		}, 60);
		expect(settled).toBe(true);
		// Both schedulers looked for due jobs…
		const ticks = await sql<{ node: string }>(`select distinct node from test_ticks order by 1`);
		expect(ticks.map((t) => t.node)).toEqual(['plenary-a', 'plenary-b']);
		// …and every job ran once, on one node or the other.
		const runs = await sql<{ name: string; n: number }>(
			`select name, count(*)::int as n from test_job_runs group by name`
		);
		expect(runs).toHaveLength(jobs.length);
		for (const run of runs) expect(run, run.name).toMatchObject({ n: 1 });
		// The vote whose time was up is closed, and its close recorded once.
		const [decision] = await sql<{ phase: string }>(`select phase from decisions where id = $1`, [
			dueDecision
		]);
		expect(decision.phase).toBe('closed');
		const [{ n: closes }] = await sql<{ n: number }>(
			`select count(*)::int as n from events
			where type = 'decision.closed' and subject_type = 'decision' and subject_id = $1`,
			[dueDecision]
		);
		expect(closes).toBe(1);
	});

	it('a member signed in through one node is signed in on the other, and signed out on both', async () => {
		const member = await logIn(origin, DEMO_EMAIL);
		expect(member).not.toBeNull();
		const settings = (base: string, cookie?: string) =>
			fetch(`${base}/settings`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
		for (const node of nodes) {
			expect((await settings(node.url, member!.cookie)).status).toBe(200);
			expect((await settings(node.url)).status).not.toBe(200);
		}
		// Through the proxy, one request after the other goes to each node in turn.
		const served = new Set<string | null>();
		for (let i = 0; i < 2; i++) {
			const response = await settings(origin, member!.cookie);
			expect(response.status).toBe(200);
			served.add(response.headers.get('x-upstream'));
		}
		expect(served).toEqual(new Set(['0', '1']));
		const out = await actionOn(nodes[0].url, '/logout', member!.cookie, {});
		expect(out.acknowledged).toBe(true);
		expect((await settings(nodes[1].url, member!.cookie)).status).not.toBe(200);
	});

	it("a visitor's page kept by one node shows a comment posted through the other", async () => {
		const [open] = await openDecisions();
		const [a, b] = nodes;
		// Node B renders the page for a visitor and keeps it, so a change made behind the app's back
		// (no write through a node) is not seen there. (Tried again if a change through the app, such
		// as the log-out above, reaches B in between and drops its copies.)
		let title = '';
		const kept = await until(async () => {
			await visitorPage(`${b.url}${open.path}`);
			title = `Kept ${randomBytes(4).toString('hex')}`;
			await sql(`update decisions set title = $1 where id = $2`, [title, open.id]);
			return !(await visitorPage(`${b.url}${open.path}`)).includes(title);
		}, 10);
		expect(kept).toBe(true);
		// Node A, rendering afresh, shows it: B answers from its copy.
		expect(await visitorPage(`${a.url}${open.path}`)).toContain(title);

		const member = await logIn(origin, DEMO_EMAIL);
		const body = `Posted through node A ${randomBytes(4).toString('hex')}`;
		expect(
			(await actionOn(a.url, `${open.path}?/comment`, member!.cookie, { body })).acknowledged
		).toBe(true);
		// Node B drops its copy when A tells it (LISTEN/NOTIFY): a generous deadline, not a timing.
		expect(
			await until(async () => {
				const page = await visitorPage(`${b.url}${open.path}`);
				return page.includes(body) && page.includes(title);
			}, 5)
		).toBe(true);
	});

	it("a member's page kept by one node is theirs alone, and goes with their log-out through the other", async () => {
		const [open] = await openDecisions();
		const [a, b] = nodes;
		const [other] = await sql<{ email: string; handle: string }>(
			`select email, handle from members where handle <> 'demo'
			and email_verified_at is not null and locale = 'en' order by id limit 1`
		);
		// Whose page it is: the header's link to the reader's own profile (none for a visitor; both
		// members read in English).
		const reader = (page: string) => /href="\/@([^"]+)">My profile</.exec(page)?.[1] ?? null;
		const robin = (await logIn(origin, DEMO_EMAIL))!;
		const robinAgain = (await logIn(origin, DEMO_EMAIL))!;
		const someoneElse = (await logIn(origin, other.email))!;
		const pageFor = async (node: Server, cookie: string) =>
			(await fetch(`${node.url}${open.path}`, { headers: { cookie } })).text();
		// Node B keeps Robin's page (from its second request), so a change behind the app's back is
		// not seen in it; tried again if a change through the app drops B's copies in between.
		let title = '';
		const kept = await until(async () => {
			await pageFor(b, robin.cookie);
			title = `Kept for Robin ${randomBytes(4).toString('hex')}`;
			await sql(`update decisions set title = $1 where id = $2`, [title, open.id]);
			const page = await pageFor(b, robin.cookie);
			return reader(page) === 'demo' && !page.includes(title);
		}, 10);
		expect(kept).toBe(true);
		// Another member, and Robin's own other session, are rendered for afresh on the same node.
		const theirs = await pageFor(b, someoneElse.cookie);
		expect(theirs).toContain(title);
		expect(reader(theirs)).toBe(other.handle);
		expect(await pageFor(b, robinAgain.cookie)).toContain(title);
		// Robin logs out through node A: B drops the copy when A tells it, and the cookie that was
		// Robin's reads the page as a visitor would.
		expect((await actionOn(a.url, '/logout', robin.cookie, {})).acknowledged).toBe(true);
		expect(
			await until(async () => {
				const page = await pageFor(b, robin.cookie);
				return page.includes(title) && reader(page) === null;
			}, 5)
		).toBe(true);
	});

	it('a live stream opened through the proxy hears a comment posted through the other node', async () => {
		const [open] = await openDecisions();
		const response = await fetch(`${origin}/live?topic=decision:${open.id}`, {
			headers: { accept: 'text/event-stream' }
		});
		expect(response.status).toBe(200);
		const streamNode = Number(response.headers.get('x-upstream'));
		const other = nodes[1 - streamNode];
		const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
		// The stream's first chunk comes once it listens: only then is the comment posted.
		let text = (await reader.read()).value ?? '';
		const member = await logIn(origin, DEMO_EMAIL);
		const posted = await actionOn(other.url, `${open.path}?/comment`, member!.cookie, {
			body: 'Heard through the proxy'
		});
		expect(posted.acknowledged).toBe(true);
		let message: { topic: string; data: unknown } | undefined;
		while (!message) {
			const { value, done } = await reader.read();
			if (done) throw new Error('the stream ended');
			text += value;
			const line = text.split('\n').find((l) => l.startsWith('data: '));
			if (line) message = JSON.parse(line.slice(6));
		}
		await reader.cancel();
		expect(message).toMatchObject({
			topic: `decision:${open.id}`,
			data: { comment: expect.any(Number) }
		});
		await Promise.all(nodes.map(stop));
	});
});
