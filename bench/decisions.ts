/**
 * Decisions under load: casting ballots, and counting and showing a decision with many ballots.
 *
 *   npm run bench:decisions [-- --voters N --ballots B]
 *
 * On a fresh embedded database (or, with BENCH_DATABASE_URL, an empty PostgreSQL database):
 * N voters cast their ballots through the real command (castBallot: policy, eligibility, weight,
 * supersede, insert, event) one after another and all at once; then a decision with B ballots is
 * closed (the real count) and its page loaded (the real query). The baseline, timed in the same
 * run, is the bare write a ballot needs at least: one single-row insert in its own transaction.
 * Everything is reported as a ratio to it, since machines here are noisy. No assertions.
 */
import { performance } from 'node:perf_hooks';
import { eq, sql } from 'drizzle-orm';
import { numberArg, openBenchDatabase } from './database';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import { decisions } from '../src/lib/server/db/schema';
import { advanceDecision } from '../src/lib/server/decisions/advance';
import { castBallot } from '../src/lib/server/decisions/ballots';
import type { Actor } from '../src/lib/domain/members/actor';
import { loadActor } from '../src/lib/server/members/actor';
import { createDecision, submitDecision } from '../src/lib/server/decisions/commands';
import { amendmentsPage, decisionPage } from '../src/lib/server/decisions/queries';
import { proposeAmendment } from '../src/lib/server/decisions/amendments';
import { MAX_TEXT_LENGTH, wordDiff } from '../src/lib/domain/decisions/text-diff';

const VOTERS = numberArg('voters', 2_000);
const BALLOTS = numberArg('ballots', 200_000);

async function perOp(n: number, op: (i: number) => Promise<unknown>) {
	const started = performance.now();
	for (let i = 0; i < n; i++) await op(i);
	return (performance.now() - started) / n;
}

async function main() {
	const { conn, stop } = await openBenchDatabase(10);
	const { db } = conn;
	await migrateDatabase(conn.pool);
	await db.execute(sql`insert into members (email, password_hash, handle, display_name, country, tier, email_verified_at)
		select 'v' || g || '@bench.test', 'x', 'v' || g, 'Voter ' || g, 'BR', 'member', now()
		from generate_series(1, ${VOTERS + BALLOTS}) g`);
	const ids = (
		await db.execute<{ id: number }>(
			sql`select id::int as id from members order by id limit ${VOTERS}`
		)
	).rows.map((r) => Number(r.id));
	// Actors as the server hook builds them: the policy reads their rights and lapse.
	const voters: Actor[] = [];
	for (let i = 0; i < ids.length; i += 100)
		for (const a of await Promise.all(ids.slice(i, i + 100).map((id) => loadActor(db, id))))
			if (a) voters.push(a);
	const author = voters[0];
	const votingDecision = async (title: string) => {
		const id = await createDecision(db, author, {
			title,
			body: 'Text',
			scope: 'organisation',
			ballotType: 'choice',
			method: 'schulze',
			options: 'North\nSouth\nEast\nWest',
			discussionDays: '1',
			amendmentDays: '0'
		});
		await submitDecision(db, author, id, new Date(Date.now() - 25 * 3_600_000));
		await advanceDecision(db, id);
		return id;
	};

	await db.execute(
		sql`create table bench_baseline (id bigint generated always as identity primary key, v jsonb)`
	);
	const baseline = await perOp(VOTERS, () =>
		db.transaction((tx) =>
			tx.execute(sql`insert into bench_baseline (v) values ('{"ranking":[["1"]]}')`)
		)
	);

	const one = await votingDecision('One after another');
	const optionIds = (
		await db.execute<{ id: number }>(
			sql`select id::int as id from decision_options where decision_id = ${one} order by position`
		)
	).rows.map((r) => String(r.id));
	const rank = (i: number, ids: string[]) =>
		Object.fromEntries(ids.map((id, k) => [`rank_${id}`, String(((i + k) % ids.length) + 1)]));
	const sequential = await perOp(VOTERS, (i) => castBallot(db, voters[i], one, rank(i, optionIds)));

	const many = await votingDecision('All at once');
	const manyIds = (
		await db.execute<{ id: number }>(
			sql`select id::int as id from decision_options where decision_id = ${many} order by position`
		)
	).rows.map((r) => String(r.id));
	const started = performance.now();
	await Promise.all(voters.map((v, i) => castBallot(db, v, many, rank(i, manyIds))));
	const concurrentMs = performance.now() - started;

	// A decision with BALLOTS ballots (inserted in bulk), closed by the real count.
	const big = await votingDecision('Many ballots');
	const bigIds = (
		await db.execute<{ id: number }>(
			sql`select id::int as id from decision_options where decision_id = ${big} order by position`
		)
	).rows.map((r) => r.id);
	await db.execute(sql`insert into ballots (decision_id, voter_id, choice, weight)
		select ${big}, m.id, jsonb_build_object('ranking', jsonb_build_array(
			jsonb_build_array(((array[${sql.raw(bigIds.join(','))}])[1 + m.id % 4])::text),
			jsonb_build_array(((array[${sql.raw(bigIds.join(','))}])[1 + (m.id + 1) % 4])::text))), 1
		from members m order by m.id limit ${BALLOTS}`);
	await db
		.update(decisions)
		.set({ votingEndsAt: new Date(Date.now() - 1000) })
		.where(eq(decisions.id, big));
	const closeStarted = performance.now();
	await advanceDecision(db, big);
	const closeMs = performance.now() - closeStarted;
	const pageMs = await perOp(20, () => decisionPage(db, null, 'en', big));
	await db.update(decisions).set({ secret: true }).where(eq(decisions.id, big));
	const secretPageMs = await perOp(20, () => decisionPage(db, null, 'en', big));

	// Amendments as long as allowed, each rewriting the whole text (the costliest diff): the page
	// diffs each once, then reads the diffs it kept.
	const words = (seed: number) =>
		Array.from({ length: MAX_TEXT_LENGTH / 8 }, (_, i) => `w${(i * seed) % 9973}`)
			.join(' ')
			.slice(0, MAX_TEXT_LENGTH);
	const amended = await createDecision(db, author, {
		title: 'Long amendments',
		body: words(7),
		scope: 'organisation',
		ballotType: 'motion'
	});
	await submitDecision(db, author, amended);
	for (let k = 0; k < 5; k++)
		await proposeAmendment(db, voters[k + 1], amended, {
			body: words(11 + k),
			reason: 'All of it'
		});
	const rawDiffMs = await perOp(5, (k) => Promise.resolve(wordDiff(words(7), words(11 + k))));
	const firstViewMs = await perOp(1, () => amendmentsPage(db, null, amended));
	const laterViewMs = await perOp(20, () => amendmentsPage(db, null, amended));

	const row = (name: string, ms: number, ratio = true) =>
		console.log(
			`${name.padEnd(52)} ${ms.toFixed(2).padStart(10)} ms ${ratio ? `${(ms / baseline).toFixed(1).padStart(8)} ×` : ''}`
		);
	console.log(
		`${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}: ${VOTERS} voters, ${BALLOTS} ballots in the big decision`
	);
	row('baseline: one insert in its own transaction', baseline);
	row('castBallot, one after another (per ballot)', sequential);
	row(`castBallot, ${VOTERS} at once (per ballot)`, concurrentMs / VOTERS);
	console.log(
		`${'  = ballots per second at once'.padEnd(52)} ${(VOTERS / (concurrentMs / 1000)).toFixed(0).padStart(10)}`
	);
	row(`close and count ${BALLOTS} ranked ballots (Schulze, raw + weighted)`, closeMs);
	row(`decision page, closed, open ballots (500 listed)`, pageMs);
	row(`decision page, closed, secret ballots`, secretPageMs);
	row(`one word diff, ${MAX_TEXT_LENGTH} characters rewritten`, rawDiffMs);
	row(`amendments page, 5 such amendments, first view`, firstViewMs);
	row(`amendments page, 5 such amendments, every later view`, laterViewMs);
	await stop();
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
