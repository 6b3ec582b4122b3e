/**
 * `npm run bench:pages`: requests/s, p50 and p99 of the main pages of the built app, each against a
 * bare node:http server measured in the same run (this machine's ceiling, so noise cancels out),
 * and the app's peak memory while each scenario ran.
 *
 * Each party runs in a process of its own, as it would in production: the app (the production
 * build on a fresh embedded database with the demo organisation, or on DATABASE_URL when set), the
 * baseline server, and autocannon, so the load generator never takes the measured server's core.
 * Every scenario is warmed up first. BENCH_SECONDS sets each measurement's length (default 8).
 * Run `npm run build` first. Results are printed as a table and written to bench/results/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const buildDir = resolve(root, process.env.PLENARY_BUILD_DIR ?? 'build');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const APP_PORT = 4610;
const BASE_PORT = 4611;
const autocannonCli = join(root, 'node_modules/autocannon/autocannon.js');

type Row = {
	name: string;
	rps: number;
	p50: number;
	p99: number;
	peakMb: number;
	kb: number;
};

/** Resident memory of a process now, in MB (Linux). */
function rssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function autocannon(url: string, seconds: number, connections: number, cookie?: string) {
	return new Promise<{ rps: number; p50: number; p99: number; bad: number }>((done, fail) => {
		const args = [autocannonCli, '--json', '-c', String(connections), '-d', String(seconds)];
		if (cookie) args.push('-H', `cookie=${cookie}`);
		const child = spawn(process.execPath, [...args, url], { stdio: ['ignore', 'pipe', 'ignore'] });
		let out = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.once('exit', (code) => {
			if (code !== 0) return fail(new Error(`autocannon exited with ${code}`));
			const r = JSON.parse(out);
			done({
				rps: r.requests.average,
				p50: r.latency.p50,
				p99: r.latency.p99,
				bad: r.non2xx + r.errors
			});
		});
	});
}

async function measure(
	name: string,
	url: string,
	server: ChildProcess,
	cookie?: string
): Promise<Row> {
	const page = await fetch(url, { headers: cookie ? { cookie } : {} });
	if (!page.ok) throw new Error(`${name}: ${url} answered ${page.status}`);
	const kb = (await page.arrayBuffer()).byteLength / 1024;
	await autocannon(url, 2, 10, cookie);
	let peakMb = 0;
	const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(server.pid!))), 200);
	try {
		const r = await autocannon(url, SECONDS, CONNECTIONS, cookie);
		if (r.bad > 0) throw new Error(`${name}: ${r.bad} errors or non-2xx answers`);
		return { name, rps: r.rps, p50: r.p50, p99: r.p99, peakMb, kb };
	} finally {
		clearInterval(sampler);
	}
}

async function waitFor(url: string, child: ChildProcess) {
	for (let i = 0; i < 900; i++) {
		if (child.exitCode !== null) throw new Error(`${url}: the server exited`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${url}: the server did not start`);
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

/** The first link on a page that matches, as an absolute address. */
async function firstLink(origin: string, path: string, pattern: RegExp): Promise<string> {
	const html = await (await fetch(`${origin}${path}`)).text();
	const found = pattern.exec(html)?.[1];
	if (!found) throw new Error(`no link matching ${pattern} on ${path}`);
	return `${origin}${found}`;
}

if (!existsSync(join(buildDir, 'index.js'))) {
	console.error(`No build in ${buildDir}: run npm run build first.`);
	process.exit(1);
}

const baseline = spawn(
	process.execPath,
	[
		'-e',
		`const page = '<!doctype html><html lang="en"><title>baseline</title><p>' + 'x'.repeat(2000) + '</p></html>';
		require('node:http').createServer((_q, s) => { s.writeHead(200, { 'content-type': 'text/html' }); s.end(page); }).listen(${BASE_PORT}, '127.0.0.1');`
	],
	{ stdio: 'ignore' }
);
const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-'));
const origin = `http://127.0.0.1:${APP_PORT}`;
const app = spawn(process.execPath, [join(buildDir, 'index.js')], {
	env: {
		...process.env,
		PORT: String(APP_PORT),
		HOST: '127.0.0.1',
		ORIGIN: origin,
		PLENARY_DATA_DIR: dataDir,
		NODE_ENV: 'production',
		// The bench logs in many times from one address.
		PLENARY_LIMIT_SCALE: '100'
	},
	stdio: 'ignore'
});
try {
	await waitFor(`http://127.0.0.1:${BASE_PORT}/`, baseline);
	await waitFor(`${origin}/robots.txt`, app);
	const cookie = await logIn(origin);
	const thread = await firstLink(
		origin,
		'/forums/general',
		/href="(\/threads\/\d+-what-should-the-founding-convention[^"]*)"/
	);
	const decision = await firstLink(origin, '/decisions', /href="(\/decisions\/\d+-[^"/?#]+)"/);
	const rows: Row[] = [];
	rows.push(
		await measure('bare node:http, 2 KB (baseline)', `http://127.0.0.1:${BASE_PORT}/`, baseline)
	);
	rows.push(await measure('static asset /favicon.svg', `${origin}/favicon.svg`, app));
	rows.push(await measure('landing /', `${origin}/`, app));
	rows.push(await measure('thread, 520 comments, first page', thread, app));
	rows.push(await measure('decision page with its discussion', decision, app));
	rows.push(await measure('/glance', `${origin}/glance`, app));
	rows.push(await measure('landing, logged in', `${origin}/`, app, cookie));
	rows.push(await measure('thread, logged in', thread, app, cookie));
	rows.push(await measure('directory search, logged in', `${origin}/members?q=ana`, app, cookie));
	const base = rows[0].rps;
	const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';
	const lines = [
		`${new Date().toISOString().slice(0, 10)}, ${database}, ${SECONDS} s each after a 2 s warm-up, ${CONNECTIONS} connections, autocannon in its own process, Node ${process.version}`,
		'',
		'| scenario | requests/s | p50 ms | p99 ms | share of baseline | page KB | app peak MB |',
		'|---|---|---|---|---|---|---|',
		...rows.map(
			(row) =>
				`| ${row.name} | ${Math.round(row.rps)} | ${row.p50} | ${row.p99} | ${((row.rps / base) * 100).toFixed(1)} % | ${row.kb.toFixed(0)} | ${row.peakMb.toFixed(0)} |`
		)
	];
	console.log(`\n${lines.join('\n')}`);
	const results = join(root, 'bench/results');
	mkdirSync(results, { recursive: true });
	const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
	writeFileSync(
		join(results, `pages-${database.split(' ').pop()!.toLowerCase()}.md`),
		`# Pages (commit ${commit.stdout.trim() || 'unknown'})\n\n${lines.join('\n')}\n`
	);
} finally {
	app.kill('SIGTERM');
	baseline.kill('SIGTERM');
	await new Promise((r) => app.once('exit', r));
	rmSync(dataDir, { recursive: true, force: true });
}
