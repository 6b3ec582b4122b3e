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
import pg from 'pg';
import {
	logIn,
	measure,
	pageTable,
	renderedEachTime,
	requireBuild,
	SECONDS,
	startApp,
	startBaseline,
	waitFor,
	writeResults
} from './serve';
import { firstLoadJs } from './first-load';

const APP_PORT = 4610;
const BASE_PORT = 4611;

/**
 * Connections running heavy queries on the database for a while, beside the app: two on
 * PostgreSQL, one on the embedded database (which runs one query at a time).
 */
async function busyDatabase(pool: pg.Pool, seconds: number) {
	const until = Date.now() + seconds * 1000;
	const worker = async () => {
		while (Date.now() < until)
			await pool.query('select count(*) from generate_series(1, 2000000) g where g % 7 = 0');
	};
	await Promise.all(Array.from({ length: pool.options.max }, worker));
}

/** The first link on a page that matches, as an absolute address. */
async function firstLink(origin: string, path: string, pattern: RegExp): Promise<string> {
	const html = await (await fetch(`${origin}${path}`)).text();
	const found = pattern.exec(html)?.[1];
	if (!found) throw new Error(`no link matching ${pattern} on ${path}`);
	return `${origin}${found}`;
}

requireBuild();
const baseline = startBaseline(BASE_PORT);
const { app, origin, socketDir, stop } = await startApp(APP_PORT, process.env.DATABASE_URL);
// One pool for the whole run: the embedded database takes one connection beside the app's, and
// would refuse a new one while it still counts the last as open.
const database = new pg.Pool(
	socketDir
		? { host: socketDir, port: 5432, user: 'postgres', database: 'postgres', max: 1 }
		: { connectionString: process.env.DATABASE_URL, max: 2 }
);
try {
	await waitFor(`http://127.0.0.1:${BASE_PORT}/`, baseline);
	const cookie = await logIn(origin);
	const thread = await firstLink(
		origin,
		'/forums/general',
		/href="(\/threads\/\d+-what-should-the-founding-convention[^"]*)"/
	);
	const decision = await firstLink(origin, '/decisions', /href="(\/decisions\/\d+-[^"/?#]+)"/);
	const closedDecision = await firstLink(
		origin,
		'/decisions?q=sliding+scale&phase=closed',
		/href="(\/decisions\/\d+-[^"/?#]+)"/
	);
	const rows = [];
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
	// A member's page is kept for their session (page-cache.ts): the same page at a new address
	// each time is what it costs whenever it has to be rendered (after any change, say).
	rows.push(
		await measure('thread, logged in, rendered each time', thread, app, cookie, renderedEachTime)
	);
	rows.push(await measure('directory search, logged in', `${origin}/members?q=ana`, app, cookie));
	// Pages that need no query must not wait for the database: the same two again while heavy
	// queries keep the database busy, sent to it directly beside the app (on the embedded database
	// through a second connection to its process).
	rows.push(await measure('log-in form', `${origin}/login`, app));
	for (const [name, url] of [
		['static asset, database busy', `${origin}/favicon.svg`],
		['log-in form, database busy', `${origin}/login`]
	]) {
		const busy = busyDatabase(database, SECONDS + 4);
		rows.push(await measure(name, url, app));
		await busy;
	}
	// And while the app itself is busy: 20 connections of members' searches, each at an address of
	// its own so that none is answered from a kept page. Here the static file waits for the app's
	// one core, which the searches' rendering fills.
	const searching = renderedEachTime(`${origin}/members?q=ana`, SECONDS + 4, 20, cookie);
	rows.push(
		await measure('static asset, app busy rendering searches', `${origin}/favicon.svg`, app)
	);
	await searching;
	const lines = pageTable(process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite', rows);
	// What a first visit downloads before the page is interactive (target: under 100 KB).
	lines.push(
		'',
		'| first visit | JavaScript files | JavaScript KB, each file gzip -9 | JavaScript KB as sent (brotli) |',
		'|---|---|---|---|'
	);
	for (const js of await firstLoadJs([
		{ name: 'landing /', url: `${origin}/` },
		{ name: 'thread', url: thread },
		{ name: 'decision page (voting)', url: decision },
		{ name: 'decision page, a voter', url: decision, cookie },
		{ name: 'closed decision', url: closedDecision },
		{ name: '/glance', url: `${origin}/glance` },
		{ name: 'thread, logged in', url: thread, cookie }
	]))
		lines.push(`| ${js.name} | ${js.files} | ${js.gzipKb.toFixed(0)} | ${js.sentKb.toFixed(0)} |`);
	writeResults(`pages-${process.env.DATABASE_URL ? 'postgresql' : 'pglite'}`, lines);
} finally {
	baseline.kill('SIGTERM');
	await database.end();
	await stop();
}
