/**
 * What the HTTP benchmarks share: the production build started as its own process, a bare
 * node:http baseline, autocannon in a process of its own (so the load generator never takes the
 * measured server's core), and the server's resident memory.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
export const buildDir = resolve(root, process.env.PLENARY_BUILD_DIR ?? 'build');
const START_FLAGS: string[] =
	JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start.match(
		/--[\w-]+=\S+/g
	) ?? [];

/** Resident memory of a process now, in MB (Linux). */
export function rssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * CPU seconds a process has used so far, user and system (Linux, 100 ticks a second). The CPU a
 * request costs changes far less with the machine's other load than requests/s do.
 */
export function cpuSeconds(pid: number): number {
	return statSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

/**
 * A `/proc/<pid>/stat` line's CPU seconds: after the command's name (which may hold spaces and
 * brackets), utime and stime are the 12th and 13th fields.
 */
function statSeconds(stat: string): number {
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds of every process of one name (`postgres`: the server and its backends). */
export function cpuSecondsOf(name: string): number {
	let seconds = 0;
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === name)
				seconds += statSeconds(stat);
		} catch {
			// gone meanwhile
		}
	}
	return seconds;
}

/** CPU seconds the whole machine spent busy, every core and process together. */
export function machineCpuSeconds(): number {
	const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
		.split('\n', 1)[0]
		.split(/\s+/)
		.map(Number);
	return (user + nice + system + irq + softirq + steal) / 100;
}

/** Samples a process's resident memory until stopped; returns the peak. */
export function peakMemory(pid: number): () => number {
	let peak = 0;
	const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
	return () => {
		clearInterval(sampler);
		return peak;
	};
}

export type Load = {
	rps: number;
	p50: number;
	p99: number;
	bad: number;
	total: number;
	/** From the first request sent to the last answer, in seconds (bench/load.mjs only). */
	answering?: number;
};

/** Runs a child that prints autocannon's JSON result; resolves with the figures. */
function loadFrom(args: string[]): Promise<Load> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
		let out = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		// 'close', not 'exit': the child may have ended before all it printed has been read.
		child.once('close', (code, signal) => {
			if (code !== 0) return fail(new Error(`autocannon ended (${signal ?? `exit ${code}`})`));
			let r;
			try {
				r = JSON.parse(out);
			} catch {
				return fail(new Error(`autocannon printed no result: ${out.slice(0, 200)}`));
			}
			done({
				rps: r.requests.average,
				p50: r.latency.p50,
				p99: r.latency.p99,
				bad: r.non2xx + r.errors + r.timeouts,
				total: r.requests.total,
				answering: r.answeringMs === undefined ? undefined : r.answeringMs / 1000
			});
		});
	});
}

/**
 * GETs of one address for a while, asking for compressed answers as every browser does (the bare
 * baseline ignores that; the app compresses the pages it keeps).
 */
export function autocannon(url: string, seconds: number, connections: number, cookie?: string) {
	return getLoad(url, seconds, connections, cookie, false);
}

function getLoad(
	url: string,
	seconds: number,
	connections: number,
	cookie: string | undefined,
	fresh: boolean
) {
	const at = new URL(url);
	const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' };
	if (cookie) headers.cookie = cookie;
	const options = {
		url: at.origin,
		path: `${at.pathname}${at.search}`,
		method: 'GET',
		duration: seconds,
		connections,
		headers,
		fresh
	};
	return loadFrom([join(root, 'bench/load.mjs'), JSON.stringify(options)]);
}

/** How long each page is measured (BENCH_SECONDS, default 8), and with how many connections. */
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
export const CONNECTIONS = 50;

export type PageRow = {
	name: string;
	rps: number;
	p50: number;
	p99: number;
	peakMb: number;
	kb: number;
	/** The server's CPU (user and system) per answered request, in ms. */
	cpuMs: number;
};

/**
 * One page under load: fetched once (it must answer 2xx; its size is noted), warmed up, then
 * measured for SECONDS with CONNECTIONS while the server's memory is sampled. Any error or non-2xx
 * answer under load fails the bench, so a fast error page is never reported as a fast page.
 */
export async function measure(
	name: string,
	url: string,
	server: ChildProcess,
	cookie?: string,
	load: typeof autocannon = autocannon
): Promise<PageRow> {
	const page = await fetch(url, { headers: cookie ? { cookie } : {} });
	if (!page.ok) throw new Error(`${name}: ${url} answered ${page.status}`);
	const kb = (await page.arrayBuffer()).byteLength / 1024;
	await load(url, 2, 10, cookie);
	const peak = peakMemory(server.pid!);
	const cpu = cpuSeconds(server.pid!);
	const r = await load(url, SECONDS, CONNECTIONS, cookie).finally(peak);
	if (r.bad > 0) throw new Error(`${name}: ${r.bad} errors or non-2xx answers`);
	const cpuMs = ((cpuSeconds(server.pid!) - cpu) * 1000) / Math.max(1, r.total);
	return { name, rps: r.rps, p50: r.p50, p99: r.p99, peakMb: peak(), kb, cpuMs };
}

/** The result table of page measurements; the first row is the baseline the shares are of. */
export function pageTable(database: string, rows: PageRow[]): string[] {
	const base = rows[0].rps;
	return [
		`${new Date().toISOString().slice(0, 10)}, ${database}, ${SECONDS} s each after a 2 s warm-up, ${CONNECTIONS} connections, autocannon in its own process, Node ${process.version}`,
		'',
		'| scenario | requests/s | p50 ms | p99 ms | share of baseline | page KB | app peak MB | server CPU ms each |',
		'|---|---|---|---|---|---|---|---|',
		...rows.map(
			(row) =>
				`| ${row.name} | ${Math.round(row.rps)} | ${row.p50} | ${row.p99} | ${((row.rps / base) * 100).toFixed(1)} % | ${row.kb.toFixed(0)} | ${row.peakMb.toFixed(0)} | ${row.cpuMs.toFixed(2)} |`
		)
	];
}

/** A fixed number of form posts, each sent with the next of `cookies` in turn. */
export function postForms(options: {
	url: string;
	path: string;
	body: string;
	cookies: string[];
	amount: number;
	connections: number;
	headers: Record<string, string>;
}) {
	return loadFrom([join(root, 'bench/load.mjs'), JSON.stringify(options)]);
}

/**
 * GETs like `autocannon`'s, but each at an address of its own (`?fresh=N`), so no kept copy
 * answers any of them: what a page costs when it has to be rendered.
 */
export function renderedEachTime(
	url: string,
	seconds: number,
	connections: number,
	cookie?: string
) {
	return getLoad(url, seconds, connections, cookie, true);
}

export async function waitFor(url: string, child: ChildProcess) {
	for (let i = 0; i < 900; i++) {
		if (hasEnded(child)) throw new Error(`${url}: the server exited`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${url}: the server did not start`);
}

export function requireBuild() {
	if (!existsSync(join(buildDir, 'index.js'))) {
		console.error(`No build in ${buildDir}: run npm run build first.`);
		process.exit(1);
	}
}

/** The bare server every ratio is taken against: a fixed 2 KB page. */
export function startBaseline(port: number): ChildProcess {
	return spawn(
		process.execPath,
		[
			'-e',
			`const page = '<!doctype html><html lang="en"><title>baseline</title><p>' + 'x'.repeat(2000) + '</p></html>';
		require('node:http').createServer((_q, s) => { s.writeHead(200, { 'content-type': 'text/html' }); s.end(page); }).listen(${port}, '127.0.0.1');`
		],
		{ stdio: 'ignore' }
	);
}

/**
 * The production build on a fresh embedded database (or on `databaseUrl`), which it migrates and,
 * when empty, fills with the demo organisation. `stop` ends it and removes its data.
 */
export async function startApp(port: number, databaseUrl?: string) {
	const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-'));
	const origin = `http://127.0.0.1:${port}`;
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: origin,
		PLENARY_DATA_DIR: dataDir,
		NODE_ENV: 'production',
		// The benches log in many times from one address.
		PLENARY_LIMIT_SCALE: '100',
		// A second connection to the embedded database, to keep it busy beside the app (pages.ts).
		PLENARY_EMBEDDED_CONNECTIONS: '2'
	};
	if (databaseUrl) env.DATABASE_URL = databaseUrl;
	else delete env.DATABASE_URL;
	// The Node flags `npm start` gives the server (its heap bounds), so the benches measure what
	// runs; BENCH_APP_FLAGS adds more (`--cpu-prof` profiles it under the load) or overrides them.
	const flags = [...START_FLAGS, ...(process.env.BENCH_APP_FLAGS ?? '').split(' ').filter(Boolean)];
	const app = spawn(process.execPath, [...flags, join(root, 'scripts/serve.mjs')], {
		env,
		stdio: ['ignore', 'ignore', 'pipe']
	});
	// What the app last said on stderr, told if it ends before the bench stops it: a crash (a heap
	// limit reached, say) must fail the bench with its reason, not leave it waiting.
	let said = '';
	app.stderr!.on('data', (chunk) => (said = (said + chunk).slice(-4000)));
	let stopping = false;
	const ended = new Promise<void>((r) => app.once('exit', () => r()));
	app.once('exit', (code, signal) => {
		if (stopping) return;
		console.error(`The app ended during the bench (${signal ?? `exit ${code}`}):\n${said}`);
		process.exitCode = 1;
	});
	await waitFor(`${origin}/robots.txt`, app);
	return {
		app,
		origin,
		/** Where the embedded database listens (its socket's folder), when the app runs on it. */
		socketDir: databaseUrl ? null : dataDir,
		stop: async () => {
			stopping = true;
			app.kill('SIGTERM');
			await ended;
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/** Whether a child process has ended, by an exit or by a signal. */
export function hasEnded(child: ChildProcess): boolean {
	return child.exitCode !== null || child.signalCode !== null;
}

/** The demo account's session cookie. */
export async function logIn(origin: string): Promise<string> {
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

/** Prints a result table and keeps it in bench/results/NAME.md, under the commit it measured. */
export function writeResults(name: string, lines: string[]) {
	console.log(`\n${lines.join('\n')}`);
	const results = join(root, 'bench/results');
	mkdirSync(results, { recursive: true });
	const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
	writeFileSync(
		join(results, `${name}.md`),
		`# ${name} (commit ${commit.stdout.trim() || 'unknown'})\n\n${lines.join('\n')}\n`
	);
}
