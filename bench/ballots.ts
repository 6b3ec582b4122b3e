/**
 * `npm run bench:ballots`: ballots cast over HTTP by many members at once, on PostgreSQL.
 *
 * The production build runs on an empty PostgreSQL database (BENCH_DATABASE_URL, or DATABASE_URL),
 * which it fills with the demo organisation. The bench opens an organisation-wide yes/no vote,
 * gives every eligible member a session, and posts ballots to the decision page's form action as
 * the enhanced form in a browser does (`x-sveltekit-action`), each with the next member's session:
 * after a warm-up round on another vote, every member votes six times (`--rounds`), so five of
 * every six ballots change an earlier one. Then it
 * counts: every ballot row must be there once (none lost, none doubled) and each voter must have
 * exactly one current ballot. A bare node:http server is measured in the same run for the ratio.
 */
import { sql } from 'drizzle-orm';
import { openPool } from '../src/lib/server/db/client';
import { createSession } from '../src/lib/server/accounts/sessions';
import { loadActor } from '../src/lib/server/members/actor';
import { createDecision, submitDecision } from '../src/lib/server/decisions/commands';
import { advanceDecision } from '../src/lib/server/decisions/advance';
import { eligibleCondition, votingTiers } from '../src/lib/server/decisions/eligibility';
import { numberArg } from './database';
import {
	autocannon,
	cpuSeconds,
	cpuSecondsOf,
	machineCpuSeconds,
	peakMemory,
	postForms,
	requireBuild,
	startApp,
	startBaseline,
	waitFor,
	writeResults
} from './serve';

const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) {
	console.error('Set BENCH_DATABASE_URL to an empty PostgreSQL database.');
	process.exit(1);
}
const ROUNDS = numberArg('rounds', 6);
const CONNECTIONS = numberArg('connections', 50);
const APP_PORT = 4612;
const BASE_PORT = 4613;

requireBuild();
const baseline = startBaseline(BASE_PORT);
const { app, origin, stop } = await startApp(APP_PORT, url);
const conn = openPool({ url, max: 4 });
try {
	const { db } = conn;
	const tiers = await votingTiers(db);
	const voters = (
		await db.execute<{ id: number }>(
			sql`select m.id::int as id from members m where ${eligibleCondition({ scopeKind: 'organisation', scopeId: null }, tiers)} order by m.id`
		)
	).rows.map((r) => Number(r.id));
	const author = await loadActor(db, voters[0]);
	if (!author) throw new Error('no eligible member');
	const hours = (h: number) => new Date(Date.now() + h * 3_600_000);
	/** An organisation-wide yes/no vote, open for ballots, and its form's address. */
	async function openVote(title: string) {
		const id = await createDecision(db, author!, {
			title,
			summary: 'Many members vote at once.',
			body: 'Everyone takes a turn.',
			scope: 'organisation',
			ballotType: 'motion',
			discussionDays: '1',
			amendmentDays: '1',
			votingDays: '7'
		});
		await submitDecision(db, author!, id);
		await advanceDecision(db, id, hours(48.5));
		const [{ slug }] = (
			await db.execute<{ slug: string }>(sql`select slug from decisions where id = ${id}`)
		).rows;
		return { id, path: `/decisions/${id}-${slug}?/vote` };
	}
	const warmUp = await openVote('Benchmark: warm up');
	const { id, path } = await openVote('Benchmark: adopt the rota');
	const cookies: string[] = [];
	for (const voter of voters)
		cookies.push(`plenary_session=${(await createSession(db, voter, 'bench')).token}`);

	await waitFor(`http://127.0.0.1:${BASE_PORT}/`, baseline);
	await autocannon(`http://127.0.0.1:${BASE_PORT}/`, 2, 10);
	const bare = await autocannon(`http://127.0.0.1:${BASE_PORT}/`, 6, CONNECTIONS);

	const headers = {
		origin,
		'content-type': 'application/x-www-form-urlencoded',
		accept: 'application/json',
		'x-sveltekit-action': 'true'
	};
	// Sustained, not cold: a round of ballots on another vote first, so the server's code is
	// compiled and its connections open. Then each voter is as on the morning of a vote again:
	// seen an hour ago and last active two days ago, so their first ballot below marks both, as it
	// would; the tables tidied as autovacuum would have done overnight.
	const warm = await postForms({
		url: origin,
		path: warmUp.path,
		body: 'vote=yes',
		cookies,
		amount: voters.length,
		connections: CONNECTIONS,
		headers
	});
	if (warm.bad) throw new Error(`${warm.bad} failed answers while warming up`);
	await db.execute(sql`update sessions set last_seen_at = now() - interval '1 hour'`);
	await db.execute(sql`update members set last_active_at = now() - interval '2 days'`);
	await db.execute(sql`vacuum analyze members, sessions`);

	const amount = voters.length * ROUNDS;
	// With pg_stat_statements loaded, BENCH_STATEMENTS=1 empties its counts here, so that what it
	// shows afterwards are the ballots' statements alone (docs/performance.md).
	if (process.env.BENCH_STATEMENTS) await db.execute(sql`select pg_stat_statements_reset()`);
	const peak = peakMemory(app.pid!);
	const cpuBefore = cpuSeconds(app.pid!);
	const postgresBefore = cpuSecondsOf('postgres');
	const machineBefore = machineCpuSeconds();
	const started = performance.now();
	const cast = await postForms({
		url: origin,
		path,
		body: 'vote=yes',
		cookies,
		amount,
		connections: CONNECTIONS,
		headers
	}).finally(peak);
	// The rate is taken over the answering itself, from the first ballot sent to the last answer:
	// the clock around the load's process also counts its start and autocannon's wait for its next
	// whole second (bench/load.mjs). CPU is counted over the whole, which only adds idle time.
	const wall = (performance.now() - started) / 1000;
	const seconds = cast.answering ?? wall;
	const each = (seconds: number) => ((seconds * 1000) / amount).toFixed(2);
	const cpuPerBallot = each(cpuSeconds(app.pid!) - cpuBefore);
	const postgresPerBallot = each(cpuSecondsOf('postgres') - postgresBefore);
	const machinePerBallot = each(machineCpuSeconds() - machineBefore);

	const [counted] = (
		await db.execute<{ rows: number; current: number; voters: number }>(
			sql`select count(*)::int as rows, count(*) filter (where superseded_at is null)::int as current,
				count(distinct voter_id)::int as voters from ballots where decision_id = ${id}`
		)
	).rows;
	const whole = counted.rows === amount && counted.current === voters.length;
	const lines = [
		`${new Date().toISOString().slice(0, 10)}, PostgreSQL, ${voters.length} members voting ${ROUNDS} times each (${amount} ballots), ${CONNECTIONS} connections, Node ${process.version}`,
		'',
		'| scenario | per second | p50 ms | p99 ms | share of baseline | app peak MB | CPU ms each: app, PostgreSQL, whole machine |',
		'|---|---|---|---|---|---|---|',
		`| bare node:http, 2 KB (baseline) | ${Math.round(bare.rps)} | ${bare.p50} | ${bare.p99} | 100 % | | |`,
		`| ballots cast (form action, enhanced) | ${Math.round(amount / seconds)} | ${cast.p50} | ${cast.p99} | ${((amount / seconds / bare.rps) * 100).toFixed(1)} % | ${peak().toFixed(0)} | ${cpuPerBallot}, ${postgresPerBallot}, ${machinePerBallot} |`,
		'',
		`Answered in ${seconds.toFixed(2)} s, from the first ballot sent to the last answer (${wall.toFixed(2)} s around the load's process).`,
		`Counted afterwards: ${counted.rows} ballot rows for ${amount} posts, ${counted.current} current for ${voters.length} voters, ${cast.bad} failed answers: ${whole && cast.bad === 0 ? 'none lost, none doubled' : 'MISMATCH'}.`
	];
	writeResults('ballots-postgresql', lines);
	if (!whole || cast.bad > 0) process.exitCode = 1;
} finally {
	await conn.close();
	baseline.kill('SIGTERM');
	await stop();
}
