/**
 * `npm run bench`: the benchmarks the speed targets are read from, in one run (docs/performance.md).
 *
 * Builds the production server when the sources changed, then runs, one after another so they never
 * share the cores: the pages on the embedded database; the pages, ballot casting and a large
 * organisation's pages on PostgreSQL; the `tally` command against the peers; and Lighthouse's
 * scores of the main pages. Each part measures its own bare baseline in the same
 * run and writes its table to bench/results/.
 *
 * PostgreSQL: BENCH_POSTGRES_URL names a server and a database to connect to for administration
 * (default postgres://postgres@127.0.0.1:5432/postgres); empty databases for the runs are made
 * there and dropped afterwards. Without a reachable server those parts are skipped, and say so.
 */
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { buildIfChanged } from '../scripts/build-if-changed.mjs';
import { root } from './serve';

const admin = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function run(title: string, script: string, env: NodeJS.ProcessEnv = {}, args: string[] = []) {
	console.log(`\n## ${title}\n`);
	const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	if (result.status !== 0) {
		console.error(`${title}: failed (exit ${result.status})`);
		process.exitCode = 1;
	}
}

/** A fresh, empty database on the server, or null when there is no server to reach. */
async function freshDatabase(name: string): Promise<string | null> {
	const client = new pg.Client({ connectionString: admin });
	try {
		await client.connect();
	} catch {
		return null;
	}
	try {
		await client.query(`drop database if exists ${name} with (force)`);
		await client.query(`create database ${name}`);
	} finally {
		await client.end();
	}
	const url = new URL(admin);
	url.pathname = `/${name}`;
	return url.toString();
}

async function dropDatabase(name: string) {
	const client = new pg.Client({ connectionString: admin });
	await client.connect();
	await client.query(`drop database if exists ${name} with (force)`);
	await client.end();
}

process.chdir(root);
buildIfChanged();
const withoutDatabaseUrl = { DATABASE_URL: '', BENCH_DATABASE_URL: '' };

run('Pages, embedded database', 'bench/pages.ts', withoutDatabaseUrl);

const pagesDb = await freshDatabase('plenary_bench_pages');
if (pagesDb) {
	run('Pages, PostgreSQL', 'bench/pages.ts', { DATABASE_URL: pagesDb });
	await dropDatabase('plenary_bench_pages');
	const ballotsDb = await freshDatabase('plenary_bench_ballots');
	run('Ballots cast over HTTP, PostgreSQL', 'bench/ballots.ts', {
		BENCH_DATABASE_URL: ballotsDb!
	});
	await dropDatabase('plenary_bench_ballots');
	const resultsDb = await freshDatabase('plenary_bench_results');
	run('A large organisation and a 1,000,000-ballot decision, PostgreSQL', 'bench/results.ts', {
		BENCH_DATABASE_URL: resultsDb!
	});
	await dropDatabase('plenary_bench_results');
} else {
	console.log(
		`\nNo PostgreSQL at ${admin}: the PostgreSQL pages, ballot casting and the large organisation are skipped.`
	);
}

run('The tally command against the peers', 'bench/tally.ts');
run('Lighthouse, mobile, the main pages', 'bench/lighthouse.ts', withoutDatabaseUrl);
