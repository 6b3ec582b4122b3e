/**
 * A plenary session with a few hundred delegates on one node, measured, not assumed.
 *
 *   npm run bench:convention [-- --delegates N]
 *
 * On a fresh embedded database (or, with BENCH_DATABASE_URL, an empty PostgreSQL database) a
 * chapter of N members holds a convention (every member a delegate), in session, agenda adopted,
 * one item open. Then, through the real commands and queries, all at once as a plenary does it:
 *  - every delegate casts a vote on one motion (the show of hands);
 *  - every delegate asks to speak (the queue fills);
 *  - every delegate's page reloads after a live message (the session page's query, N at once);
 * and, one after another, the chair giving the floor N times (the progressive stack reordered
 * each time). Each is reported as wall time, per-operation p50/p99, and operations per second,
 * beside the bare write (one single-row insert in its own transaction) timed in the same run.
 * No assertions: the figures go to docs/convention.md.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { numberArg, openBenchDatabase } from './database';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import type { Actor } from '../src/lib/domain/members/actor';
import { loadActor } from '../src/lib/server/members/actor';
import {
	addItem,
	callConvention,
	openNextItem,
	openSession
} from '../src/lib/server/conventions/commands';
import { castVote, closeMotion, moveMotion } from '../src/lib/server/conventions/motions';
import { joinQueue, nextSpeaker } from '../src/lib/server/conventions/queue';
import { sessionPage } from '../src/lib/server/conventions/queries';

const DELEGATES = numberArg('delegates', 300);

function percentile(sorted: number[], p: number) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** All at once: wall time, and each operation's own latency. */
async function burst(n: number, op: (i: number) => Promise<unknown>) {
	const times: number[] = [];
	const started = performance.now();
	await Promise.all(
		Array.from({ length: n }, async (_, i) => {
			const t = performance.now();
			await op(i);
			times.push(performance.now() - t);
		})
	);
	const wall = performance.now() - started;
	times.sort((a, b) => a - b);
	return {
		wall,
		p50: percentile(times, 50),
		p99: percentile(times, 99),
		perSecond: (n / wall) * 1000
	};
}

async function main() {
	const { conn, stop } = await openBenchDatabase(10);
	const { db } = conn;
	await migrateDatabase(conn.pool);
	const [chapter] = (
		await db.execute<{ id: number }>(sql`insert into chapters (kind, name, slug, country, city)
			values ('local', 'Bench', 'bench-convention', 'BR', 'Bench') returning id::int as id`)
	).rows;
	await db.execute(sql`insert into members (email, password_hash, handle, display_name, country, tier, email_verified_at, gender)
		select 'd' || g || '@bench.test', 'x', 'd' || g, 'Delegate ' || g, 'BR', 'member', now(),
			case when g % 2 = 0 then 'f' else 'm' end
		from generate_series(1, ${DELEGATES}) g`);
	await db.execute(sql`insert into chapter_memberships (chapter_id, member_id, home)
		select ${chapter.id}, id, true from members`);
	const ids = (await db.execute<{ id: number }>(sql`select id::int as id from members order by id`))
		.rows;
	const delegates: Actor[] = [];
	for (let i = 0; i < ids.length; i += 50)
		delegates.push(
			...((await Promise.all(
				ids.slice(i, i + 50).map((r) => loadActor(db, Number(r.id)))
			)) as Actor[])
		);
	const chair = delegates[0];
	const { id } = await callConvention(
		db,
		chair,
		{
			title: 'Bench assembly',
			scope: `chapter:${chapter.id}`,
			startsAt: '2027-01-10T10:00',
			priorityWomen: 'on'
		},
		'UTC'
	);
	await addItem(db, chair, id, { kind: 'other', title: 'Debate', minutes: '60' });
	await openSession(db, chair, id);
	const agenda = await moveMotion(db, chair, id, { kind: 'agenda', title: 'Adopt the agenda' });
	for (const d of delegates) await castVote(db, d, id, { motion: agenda, choice: 'yes' });
	await closeMotion(db, chair, id, { motion: agenda });
	await openNextItem(db, chair, id);

	// The baseline: the least a vote must write.
	await db.execute(sql`create table bench_bare (id bigint generated always as identity, n int)`);
	const bare = await burst(DELEGATES, () =>
		db.transaction((tx) => tx.execute(sql`insert into bench_bare (n) values (1)`))
	);

	const motion = await moveMotion(db, chair, id, {
		kind: 'procedural',
		title: 'Close the list of speakers'
	});
	const votes = await burst(DELEGATES, (i) =>
		castVote(db, delegates[i], id, { motion, choice: i % 3 === 0 ? 'no' : 'yes' })
	);
	const queue = await burst(DELEGATES, (i) =>
		joinQueue(db, delegates[i], id, { kind: i % 50 === 7 ? 'order' : 'speech' })
	);
	const reload = await burst(DELEGATES, (i) => sessionPage(db, delegates[i], id));
	const floorTimes: number[] = [];
	const floorStarted = performance.now();
	for (let i = 0; i < Math.min(DELEGATES, 100); i++) {
		const t = performance.now();
		await nextSpeaker(db, chair, id);
		floorTimes.push(performance.now() - t);
	}
	const floorWall = performance.now() - floorStarted;
	floorTimes.sort((a, b) => a - b);
	const page = await sessionPage(db, chair, id);

	const database = process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';
	const row = (name: string, r: { wall: number; p50: number; p99: number; perSecond: number }) =>
		`| ${name} | ${Math.round(r.wall)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${Math.round(r.perSecond)} | ${(r.perSecond / bare.perSecond).toFixed(2)} |`;
	console.log(
		[
			`${new Date().toISOString().slice(0, 10)}, ${database}, ${DELEGATES} delegates, Node ${process.version}`,
			'',
			'| all at once | wall ms | p50 ms | p99 ms | per second | of bare write |',
			'|---|---|---|---|---|---|',
			row('bare single-row insert (baseline)', bare),
			row('every delegate votes', votes),
			row('every delegate asks to speak', queue),
			row('every delegate’s session page reloads', reload),
			row('the chair gives the floor, 100 times in turn', {
				wall: floorWall,
				p50: percentile(floorTimes, 50),
				p99: percentile(floorTimes, 99),
				perSecond: (floorTimes.length / floorWall) * 1000
			}),
			'',
			`Check: ${page.motions.find((m) => m.id === motion)?.yes} yes, ${page.motions.find((m) => m.id === motion)?.no} no; ${page.queue.waiting.length} still waiting.`
		].join('\n')
	);
	await stop();
}

await main();
