/**
 * `npm run bench:results`: the pages of a large organisation on PostgreSQL, above all the page of a
 * closed decision with 1,000,000 ballots, whose result is counted once at the close and must then
 * read as fast as any page (target: p99 under 50 ms).
 *
 * It fills an empty PostgreSQL database (BENCH_DATABASE_URL) with `npm run seed:large -- --preset
 * results`: 100,000 members in 2,000 chapters and the organisation-wide decision whose 1,000,000
 * ballot rows hold every member's counted ballot and 900,000 changed ones. Then the production
 * build serves it, and each page is measured as a visitor and as one of the voters, against a bare
 * node:http server in the same run.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openPool } from '../src/lib/server/db/client';
import { createSession } from '../src/lib/server/accounts/sessions';
import {
	measure,
	pageTable,
	requireBuild,
	root,
	startApp,
	startBaseline,
	waitFor,
	writeResults,
	type PageRow
} from './serve';

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
	console.error('Set BENCH_DATABASE_URL to an empty PostgreSQL database.');
	process.exit(1);
}
const APP_PORT = 4614;
const BASE_PORT = 4615;

requireBuild();
const seeding = performance.now();
const seeded = spawnSync(
	process.execPath,
	[join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/seed-large.ts', '--preset', 'results'],
	{ cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: 'inherit' }
);
if (seeded.status !== 0) process.exit(seeded.status ?? 1);
const seedSeconds = (performance.now() - seeding) / 1000;

const baseline = startBaseline(BASE_PORT);
const { app, origin, stop } = await startApp(APP_PORT, url);
const conn = openPool({ url, max: 2 });
try {
	const { db } = conn;
	const [big] = (
		await db.execute<{ id: number; slug: string; rows: number; voter: number }>(sql`
			select d.id::int as id, d.slug, (select count(*)::int from ballots b where b.decision_id = d.id) as rows,
				(select b.voter_id::int from ballots b where b.decision_id = d.id and b.superseded_at is null
					order by b.id limit 1) as voter
			from decisions d where d.phase = 'closed' order by d.id limit 1`)
	).rows;
	const cookie = `plenary_session=${(await createSession(db, big.voter, 'bench')).token}`;
	const page = `${origin}/decisions/${big.id}-${big.slug}`;

	await waitFor(`http://127.0.0.1:${BASE_PORT}/`, baseline);
	const rows: PageRow[] = [
		await measure('bare node:http, 2 KB (baseline)', `http://127.0.0.1:${BASE_PORT}/`, baseline)
	];
	rows.push(await measure(`closed decision, ${big.rows} ballots, visitor`, page, app));
	rows.push(await measure(`closed decision, ${big.rows} ballots, a voter`, page, app, cookie));
	rows.push(await measure('decision register, a voter', `${origin}/decisions`, app, cookie));
	rows.push(
		await measure('directory search, 100,000 members', `${origin}/members?q=ana`, app, cookie)
	);
	const lines = pageTable('PostgreSQL, large organisation (`results` preset)', rows);
	lines.push('', `Seeding the preset took ${seedSeconds.toFixed(0)} s.`);
	writeResults('results-postgresql', lines);
} finally {
	await conn.close();
	baseline.kill('SIGTERM');
	await stop();
}
