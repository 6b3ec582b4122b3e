/**
 * `npm run bench:digests -- --members 100000`: build the daily digests of an organisation where
 * every member has notifications waiting, and measure a page-sized query's latency meanwhile, to
 * show the batches leave the database to page requests. On a fresh in-memory embedded database,
 * or the empty PostgreSQL database BENCH_DATABASE_URL names.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import { buildDigests } from '../src/lib/server/notifications/jobs';
import { numberArg, openBenchDatabase } from './database';

const MEMBERS = numberArg('members', 20_000);
const PER_MEMBER = numberArg('per-member', 3);
const BATCH = numberArg('batch', 200);

const { conn, stop } = await openBenchDatabase(8);
const db = conn.db;
await migrateDatabase(conn.pool);
let t = performance.now();
await db.execute(sql`
	insert into members (email, email_verified_at, password_hash, handle, display_name, country, locale)
	select 'm' || i || '@example.net', now() - interval '100 days', '!', 'm' || i, 'Member ' || i, 'BR',
		(array['en','es','ar','fr','de','pt'])[1 + i % 6]
	from generate_series(1, ${MEMBERS}) i`);
await db.execute(sql`
	insert into notifications (member_id, kind, subject_type, subject_id, title, url, dedupe_key, created_at)
	select m.id, (array['reply','comment','project-update','amendments-open'])[1 + (m.id + k) % 4],
		'decision', k, 'A decision to read about ' || k, '/decisions/' || k || '-a-decision',
		'bench:' || k, now() - interval '2 hours'
	from members m cross join generate_series(1, ${PER_MEMBER}) k`);
await db.execute(sql`analyze`);
console.log(
	`filled ${MEMBERS} members × ${PER_MEMBER} notifications in ${((performance.now() - t) / 1000).toFixed(1)} s`
);

// A page request's typical query, timed while the digests build.
const latencies: number[] = [];
let building = true;
const probe = (async () => {
	while (building) {
		const start = performance.now();
		await db.execute(
			sql`select count(*)::int from notifications where member_id = ${1 + Math.floor(Math.random() * MEMBERS)} and read_at is null`
		);
		latencies.push(performance.now() - start);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
})();
t = performance.now();
const result = await buildDigests(db, { batch: BATCH, origin: 'http://bench.test' });
const seconds = (performance.now() - t) / 1000;
building = false;
await probe;
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
	latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
const [queued] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from mail_outbox`))
	.rows;
console.log(
	`digests: ${result.mails} mails for ${result.members} members in ${seconds.toFixed(1)} s ` +
		`(${Math.round(result.members / seconds)} members/s, batches of ${BATCH}); outbox ${queued.n}`
);
console.log(
	`a page query meanwhile: ${latencies.length} samples, p50 ${pct(0.5).toFixed(1)} ms, p99 ${pct(0.99).toFixed(1)} ms, max ${pct(1).toFixed(1)} ms`
);
await stop();
