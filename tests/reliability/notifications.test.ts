import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../smtp-sink';
import { action, logIn } from './support/members';
import { freshPostgres, postgresAvailable } from './support/postgres';
import { freePort, gone, startServer, type Server } from './support/server';

const available = await postgresAvailable();
const folders: string[] = [];
const servers: Server[] = [];
let database: Awaited<ReturnType<typeof freshPostgres>> | undefined;

afterAll(async () => {
	for (const s of servers) if (s.process.exitCode === null) s.process.kill('SIGKILL');
	await database?.drop();
	for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function folder() {
	const dir = mkdtempSync(join(tmpdir(), 'plenary-notify-'));
	folders.push(dir);
	return dir;
}

async function start(env: Record<string, string> = {}) {
	const server = await startServer({
		port: await freePort(),
		dataDir: folder(),
		databaseUrl: database!.url,
		env
	});
	servers.push(server);
	return server;
}

async function stop(server: Server, signal: NodeJS.Signals = 'SIGTERM') {
	process.kill(-server.process.pid!, signal);
	await server.exited;
	await gone(server.process.pid!);
}

/** The first `data:` message on a live stream, read as the browser's EventSource would. */
async function firstMessage(url: string): Promise<{ topic: string; data: unknown }> {
	const response = await fetch(url, { headers: { accept: 'text/event-stream' } });
	expect(response.status).toBe(200);
	const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
	let text = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) throw new Error('the stream ended');
		text += value;
		const line = text.split('\n').find((l) => l.startsWith('data: '));
		if (line) {
			await reader.cancel();
			return JSON.parse(line.slice(6));
		}
	}
}

describe.runIf(available)('notifications across app processes on one PostgreSQL', () => {
	it('a comment posted through one process reaches a live page open on the other (LISTEN/NOTIFY)', async () => {
		database = await freshPostgres();
		const a = await start();
		const b = await start();
		const { decisions } = (await (await fetch(`${a.url}/api/v1/decisions`)).json()) as {
			decisions: { id: number; url: string; phase: string; scope: { ref: string } }[];
		};
		const open = decisions.find((d) => d.phase !== 'closed' && d.scope.ref === 'organisation')!;
		const path = new URL(open.url).pathname;
		const id = Number(/\/decisions\/(\d+)/.exec(path)![1]);
		// A private topic is refused on either process, and says nothing.
		expect((await fetch(`${b.url}/live?topic=member:1`)).status).toBe(404);

		const heard = firstMessage(`${b.url}/live?topic=decision:${id}`);
		const member = await logIn(a.url, 'demo@example.org');
		expect(member).not.toBeNull();
		// Give the stream a moment to be listening before the comment is posted.
		await new Promise((resolve) => setTimeout(resolve, 300));
		const posted = await action(a.url, `${path}?/comment`, member!.cookie, {
			body: 'Heard on the other node'
		});
		expect(posted.acknowledged).toBe(true);
		const message = await heard;
		expect(message.topic).toBe(`decision:${id}`);
		expect(message.data).toMatchObject({ comment: expect.any(Number) });
		// A mail provider's one-click unsubscribe (a form post from nowhere) reaches its page, where a
		// forged link is a 400; any other cross-site form post is still refused.
		const oneClick = await fetch(`${a.url}/unsubscribe/1.now.${'x'.repeat(32)}`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'List-Unsubscribe=One-Click'
		});
		expect(oneClick.status).toBe(400);
		const crossSite = await fetch(`${a.url}/login`, {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: 'https://attacker.example'
			},
			body: 'email=a%40b.c&password=x'
		});
		expect(crossSite.status).toBe(403);
		await Promise.all([stop(a), stop(b)]);
	});

	it('a mailer killed mid-batch sends nothing twice, and the rest after the restart', async () => {
		const smtp = await startSmtpSink({ delayMs: 60 });
		const client = new pg.Client({ connectionString: database!.url });
		await client.connect();
		try {
			// Only this test's mail: what the demo's first run queued is set aside.
			await client.query('update mail_outbox set sent_at = now() where sent_at is null');
			for (let i = 0; i < 40; i++)
				await client.query(
					`insert into mail_outbox (to_address, subject, text_body) values ($1, $2, 'crash test')`,
					[`crash${i}@example.net`, `crash ${i}`]
				);
			const env = { SMTP_URL: smtp.url };
			const first = await start(env);
			// A write wakes the dispatcher, which wakes the mailer.
			await logIn(first.url, 'demo@example.org');
			while (smtp.received.filter((m) => m.subject.startsWith('crash')).length < 10)
				await new Promise((resolve) => setTimeout(resolve, 20));
			await stop(first, 'SIGKILL');
			// Killed in the middle: some of the batch went, some had not.
			expect(smtp.received.filter((m) => m.subject.startsWith('crash')).length).toBeLessThan(39);

			const second = await start(env);
			await logIn(second.url, 'demo@example.org');
			for (;;) {
				const left = await client.query(
					`select count(*)::int as n from mail_outbox where sent_at is null and sending_at is null`
				);
				if (left.rows[0].n === 0) break;
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			await stop(second);
			const doubt = await client.query(
				`select subject from mail_outbox where sent_at is null and sending_at is not null`
			);
			const subjects = smtp.received.map((m) => m.subject).filter((s) => s.startsWith('crash'));
			// Never twice…
			expect(new Set(subjects).size).toBe(subjects.length);
			// …and every mail sent, but for at most the one being sent when the process died, which
			// is kept aside as in doubt rather than risked twice.
			expect(doubt.rows.length).toBeLessThanOrEqual(1);
			const all = new Set([...subjects, ...doubt.rows.map((r) => r.subject as string)]);
			expect(all.size).toBe(40);
		} finally {
			await client.end();
			await smtp.close();
		}
	});
});
