/**
 * `npm run bench:live -- --clients 5000`: N live streams open on one app process, then one new
 * comment; how many streams are connected, and how long each took to hear of it (from the moment
 * the comment was acknowledged). The app is the production build on a fresh embedded database with
 * the demo (or on DATABASE_URL, an empty PostgreSQL database, when set); the clients run in this
 * process, each a plain HTTP connection reading the event stream as a browser's EventSource does.
 * Run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { numberArg } from './database';
import { hasEnded } from './serve';

const CLIENTS = numberArg('clients', 5_000);
const PORT = numberArg('port', 4620);
const root = resolve(import.meta.dirname, '..');
const buildDir = resolve(root, process.env.PLENARY_BUILD_DIR ?? 'build');
const base = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-live-'));

const app = spawn(process.execPath, [join(buildDir, 'index.js')], {
	stdio: ['ignore', 'ignore', 'inherit'],
	env: {
		...process.env,
		PORT: String(PORT),
		HOST: '127.0.0.1',
		ORIGIN: base,
		NODE_ENV: 'production',
		PLENARY_DATA_DIR: dataDir,
		SMTP_URL: ''
	}
});
const rssMb = () =>
	Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${app.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

try {
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(base)).ok) break;
		} catch {
			// not yet
		}
		if (i > 1200) throw new Error('the app did not start');
		await new Promise((r) => setTimeout(r, 250));
	}
	const { decisions } = (await (await fetch(`${base}/api/v1/decisions`)).json()) as {
		decisions: { url: string; phase: string; scope: { ref: string } }[];
	};
	const path = new URL(
		decisions.find((d) => d.phase !== 'closed' && d.scope.ref === 'organisation')!.url
	).pathname;
	const topic = `decision:${/\/decisions\/(\d+)/.exec(path)![1]}`;

	const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
	let connected = 0;
	let sentAt = 0;
	const heard: number[] = [];
	const requests: http.ClientRequest[] = [];
	const opened = performance.now();
	await Promise.all(
		Array.from(
			{ length: CLIENTS },
			() =>
				new Promise<void>((ready, fail) => {
					const req = http.get(
						`${base}/live?topic=${topic}`,
						{ agent, headers: { accept: 'text/event-stream' } },
						(res) => {
							if (res.statusCode !== 200) return fail(new Error(`status ${res.statusCode}`));
							connected++;
							let gotData = false;
							res.setEncoding('utf8');
							res.on('data', (chunk: string) => {
								if (!gotData && sentAt && chunk.includes('data: ')) {
									gotData = true;
									heard.push(performance.now() - sentAt);
								}
							});
							ready();
						}
					);
					req.on('error', fail);
					requests.push(req);
				})
		)
	);
	const openSeconds = (performance.now() - opened) / 1000;
	const memory = rssMb();

	// Log in as the demo member and comment, the way the page's script does.
	const form = (values: Record<string, string>) => new URLSearchParams(values).toString();
	const headers = {
		'content-type': 'application/x-www-form-urlencoded',
		origin: base,
		accept: 'application/json',
		'x-sveltekit-action': 'true'
	};
	const login = await fetch(`${base}/login`, {
		method: 'POST',
		headers,
		body: form({ email: 'demo@example.org', password: 'plenary-demo-2012' }),
		redirect: 'manual'
	});
	const cookie = login.headers
		.getSetCookie()
		.find((c) => c.startsWith('plenary_session='))!
		.split(';')[0];
	sentAt = performance.now();
	const posted = await fetch(`${base}${path}?/comment`, {
		method: 'POST',
		headers: { ...headers, cookie },
		body: form({ body: 'Benchmark comment' })
	});
	const ackMs = performance.now() - sentAt;
	if (!posted.ok) throw new Error(`comment refused: ${posted.status}`);
	const deadline = performance.now() + 30_000;
	while (heard.length < connected && performance.now() < deadline)
		await new Promise((r) => setTimeout(r, 20));
	heard.sort((a, b) => a - b);
	const pct = (p: number) => heard[Math.min(heard.length - 1, Math.floor(p * heard.length))];
	console.log(
		`${connected}/${CLIENTS} streams open in ${openSeconds.toFixed(1)} s; app RSS ${memory.toFixed(0)} MB`
	);
	console.log(
		`comment acknowledged in ${ackMs.toFixed(0)} ms; ${heard.length} streams heard it: ` +
			`p50 ${pct(0.5).toFixed(0)} ms, p99 ${pct(0.99).toFixed(0)} ms, last ${pct(1).toFixed(0)} ms after the post was sent`
	);
	for (const req of requests) req.destroy();
} finally {
	app.kill('SIGTERM');
	if (!hasEnded(app)) await new Promise((r) => app.once('exit', r));
	rmSync(dataDir, { recursive: true, force: true });
}
