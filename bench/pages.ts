// `npm run bench:pages`: requests/s and p99 of the main pages of the built app, each as a ratio of
// a bare node:http server measured in the same run (this machine's ceiling, so noise cancels out).
// Runs the production build (`npm run build` first) on a fresh embedded database with the demo
// organisation, or on DATABASE_URL when set. BENCH_SECONDS sets each measurement's length.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const APP_PORT = 4610;
const BASE_PORT = 4611;

type Row = { name: string; rps: number; p99: number };

async function measure(
	name: string,
	url: string,
	headers: Record<string, string> = {}
): Promise<Row> {
	const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
	if (result.non2xx > 0 || result.errors > 0) {
		throw new Error(`${name}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
	}
	return { name, rps: result.requests.average, p99: result.latency.p99 };
}

async function waitFor(url: string, child: ChildProcess) {
	for (let i = 0; i < 600; i++) {
		if (child.exitCode !== null) throw new Error('the app exited');
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('the app did not start');
}

async function logIn(origin: string): Promise<string> {
	const response = await fetch(`${origin}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin, accept: 'text/html' },
		body: 'email=demo%40example.org&password=plenary-demo-2012'
	});
	const cookie = response.headers.get('set-cookie')?.match(/plenary_session=[^;]+/)?.[0];
	if (!cookie) throw new Error('demo log-in failed');
	return cookie;
}

const page = `<!doctype html><html lang="en"><title>baseline</title><p>${'x'.repeat(2000)}</p></html>`;
const baseline = createServer((_req, res) => {
	res.writeHead(200, { 'content-type': 'text/html' });
	res.end(page);
}).listen(BASE_PORT, '127.0.0.1');

const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-'));
const origin = `http://127.0.0.1:${APP_PORT}`;
const app = spawn(process.execPath, [`${process.env.PLENARY_BUILD_DIR ?? 'build'}/index.js`], {
	env: {
		...process.env,
		PORT: String(APP_PORT),
		HOST: '127.0.0.1',
		ORIGIN: origin,
		PLENARY_DATA_DIR: dataDir
	},
	stdio: 'ignore'
});
try {
	await waitFor(origin, app);
	const cookie = await logIn(origin);
	const rows: Row[] = [];
	rows.push(await measure('bare node:http, 2 KB (baseline)', `http://127.0.0.1:${BASE_PORT}/`));
	rows.push(await measure('static asset /favicon.svg', `${origin}/favicon.svg`));
	rows.push(await measure('landing page /', `${origin}/`));
	rows.push(await measure('profile /@demo', `${origin}/@demo`));
	rows.push(await measure('log-in form /login', `${origin}/login`));
	rows.push(await measure('landing page, logged in', `${origin}/`, { cookie }));
	rows.push(await measure('settings, logged in', `${origin}/settings`, { cookie }));
	const base = rows[0].rps;
	console.log(
		`\n${SECONDS} s each, ${CONNECTIONS} connections, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}\n`
	);
	console.log('| page | requests/s | p99 ms | share of baseline |');
	console.log('|---|---|---|---|');
	for (const row of rows) {
		console.log(
			`| ${row.name} | ${Math.round(row.rps)} | ${row.p99} | ${((row.rps / base) * 100).toFixed(1)} % |`
		);
	}
} finally {
	app.kill('SIGTERM');
	baseline.close();
	await new Promise((r) => app.once('exit', r));
	rmSync(dataDir, { recursive: true, force: true });
}
