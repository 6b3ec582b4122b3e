/**
 * Renders the demo's 500-comment forum thread over HTTP and compares it with a bare baseline
 * measured in the same run (the static /robots.txt, served by the same server), since machines
 * here are noisy.
 *
 *   npm run bench:comments [-- --seconds 10 --connections 20]
 *
 * Uses the production build in PLENARY_BUILD_DIR (default `build`; run `npm run build` first) on
 * a fresh embedded database with the demo organisation. Reports requests/s, p50/p99 latency, the
 * page size and the ratios to the baseline. No assertion: figures are for reading.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const root = resolve(import.meta.dirname, '..');
const buildDir = resolve(root, process.env.PLENARY_BUILD_DIR ?? 'build');
const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = opt('seconds', 10);
const connections = opt('connections', 20);
const port = opt('port', 4590);
const base = `http://127.0.0.1:${port}`;

if (!existsSync(join(buildDir, 'index.js'))) {
	console.error(`No build in ${buildDir}: run npm run build first.`);
	process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-'));
const app = spawn(process.execPath, [join(buildDir, 'index.js')], {
	env: {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: base,
		PLENARY_DATA_DIR: dataDir,
		PLENARY_DEV_MAIL: 'off'
	},
	stdio: ['ignore', 'pipe', 'inherit']
});
app.stdout.on('data', () => {});

async function waitForServer() {
	const deadline = Date.now() + 120_000;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(`${base}/robots.txt`)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 300));
	}
	throw new Error('the app did not start');
}

async function run(title: string, url: string) {
	const result = await autocannon({ url, connections, duration: seconds });
	const row = {
		title,
		rps: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.non2xx
	};
	console.log(
		`${title.padEnd(34)} ${row.rps.toFixed(0).padStart(7)} req/s   p50 ${String(row.p50).padStart(4)} ms   p99 ${String(row.p99).padStart(5)} ms   errors ${row.errors}`
	);
	return row;
}

try {
	await waitForServer();
	const forum = await (await fetch(`${base}/forums/general`)).text();
	const path = /href="(\/threads\/\d+-what-should-the-founding-convention[^"]*)"/.exec(forum)?.[1];
	if (!path) throw new Error('the demo thread was not found');
	const page = await fetch(`${base}${path}`);
	const html = await page.text();
	const shown = (html.match(/<li id="comment-/g) ?? []).length;
	const total = /Comments \((\d+)\)/.exec(html)?.[1];
	console.log(
		`Thread ${path}: ${total} comments, ${shown} on the first page, ${(html.length / 1024).toFixed(0)} KB of HTML\n` +
			`${connections} connections, ${seconds} s each, Node ${process.version}\n`
	);
	// Warm up both, then measure.
	await autocannon({ url: `${base}${path}`, connections: 4, duration: 2 });
	const baseline = await run('baseline: /robots.txt', `${base}/robots.txt`);
	const thread = await run('thread page (first page)', `${base}${path}`);
	const later = await run(
		'thread page (?after=, page 2)',
		`${base}${path}?after=${/after=(\d+)/.exec(html)?.[1] ?? 0}`
	);
	console.log(
		`\nratios to baseline: thread ${(thread.rps / baseline.rps).toFixed(3)}× throughput, p99 ${(thread.p99 / Math.max(baseline.p99, 1)).toFixed(1)}×; page 2 ${(later.rps / baseline.rps).toFixed(3)}×`
	);
} finally {
	app.kill('SIGTERM');
	await new Promise((r) => app.once('exit', r));
	rmSync(dataDir, { recursive: true, force: true });
}
