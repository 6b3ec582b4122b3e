/**
 * The member directory with 100,000 members.
 *
 *   npm run bench:directory [-- --members N --runs R]
 *
 * Fills a fresh in-memory embedded database (or, with BENCH_DATABASE_URL, an empty PostgreSQL
 * database) with N members in 2,000 local chapters, then times the directory queries the pages
 * and the API run, through the real code (searchDirectory). A primary-key lookup is timed in the
 * same run as the baseline, and every query is reported as a ratio to it, since machines here
 * are noisy. The plan of each query is printed, to show which index serves it. No assertions:
 * this is a measurement, not a test.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Connection } from '../src/lib/server/db/client';
import { flagArg, numberArg, openBenchDatabase } from './database';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import { searchDirectory } from '../src/lib/server/members/directory';

const MEMBERS = numberArg('members', 100_000);
const RUNS = numberArg('runs', 25);

async function fill(conn: Connection) {
	const started = performance.now();
	const { db } = conn;
	await db.execute(sql`
		insert into chapters (kind, name, slug) values ('organisation', 'organisation', 'organisation')`);
	await db.execute(sql`
		insert into chapters (kind, parent_id, country, name, slug)
		select 'country', 1, c, c, lower(c)
		from unnest(array['AR','AU','BR','CA','CL','CO','DE','EG','ES','FR','GB','GR','IE','IN','IT','JP','KE','MA','MX','NG','NL','NZ','PE','PH','PL','PT','SE','TN','US','ZA']) c`);
	await db.execute(sql`
		insert into chapters (kind, parent_id, country, city, name, slug)
		select 'local', p.id, p.country, 'City ' || g, 'City ' || g, lower(p.country) || '-city-' || g
		from generate_series(1, 2000) g
		join chapters p on p.kind = 'country' and p.id = 2 + (g % 30)`);
	const words = `array['housing','radio','gardens','unions','co-ops','schools','climate','health','transport','libraries','music','translation','media','food','energy']`;
	const given = `array['Ana','Ben','Cai','Dina','Emre','Fatima','Gus','Hana','Ivan','Jamal','Kim','Lina','Mateo','Nour','Omar','Paula','Quinn','Rosa','Sami','Tariq']`;
	const family = `array['Lima','Okoro','Wen','Haddad','Garcia','Smith','Nakamura','Silva','Kowalski','Dubois','Rossi','Novak','Khan','Moreau','Ibrahim']`;
	for (let from = 1; from <= MEMBERS; from += 25_000) {
		const to = Math.min(MEMBERS, from + 24_999);
		await db.execute(
			sql.raw(`
			insert into members (email, email_verified_at, password_hash, handle, display_name, country,
				city, languages, bio, created_at, last_active_at, in_directory, on_map, show_full_name, lapsed_at)
			select 'm' || g || '@example.org', now(), '!', 'member_' || g,
				(${given})[1 + g % 20] || ' ' || (${family})[1 + (g / 20) % 15] || ' ' || g,
				c.country, c.city,
				array[(array['en','es','ar','fr','pt','de'])[1 + g % 6], (array['en','es','sw','hi'])[1 + g % 4]],
				'Interested in ' || (${words})[1 + g % 15] || ' and ' || (${words})[1 + (g / 15) % 15] || '.',
				now() - make_interval(days => g % 4000), now() - make_interval(days => g % 500),
				g % 11 <> 5, g % 13 <> 7, g % 7 <> 3, case when g % 9 = 0 then now() end
			from generate_series(${from}, ${to}) g
			join chapters c on c.kind = 'local' and c.id = 32 + (g % 2000)`)
		);
	}
	await db.execute(sql`
		insert into chapter_memberships (chapter_id, member_id, home)
		select c.id, m.id, true from members m join chapters c on c.kind = 'local' and c.city = m.city`);
	await db.execute(sql`analyze`);
	return performance.now() - started;
}

async function time(run: () => Promise<unknown>) {
	for (let i = 0; i < 3; i++) await run();
	const samples: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		await run();
		samples.push(performance.now() - t);
	}
	samples.sort((a, b) => a - b);
	return {
		median: samples[Math.floor(samples.length / 2)],
		p90: samples[Math.floor(samples.length * 0.9)]
	};
}

const { conn, stop } = await openBenchDatabase(2);
try {
	await migrateDatabase(conn.pool);
	const filled = await fill(conn);
	const { db } = conn;
	const [{ id: middle }] = (
		await db.execute<{ id: number }>(sql`select (max(id) / 2)::int as id from members`)
	).rows;
	const [{ slug: local }] = (
		await db.execute<{ slug: string }>(
			sql`select slug from chapters where kind = 'local' order by id limit 1 offset 30`
		)
	).rows;
	const viewer = { id: 1, tier: 'member' };
	const cases: [string, Record<string, string>, typeof viewer | null][] = [
		['first page (visitor)', {}, null],
		['first page, 100 per page', { limit: '100' }, null],
		['page in the middle (keyset)', { after: String(middle) }, null],
		['word: "housing" (common)', { q: 'housing' }, viewer],
		['name prefix: "fatim"', { q: 'fatim' }, viewer],
		['handle: "member_4242"', { q: 'member_4242' }, viewer],
		['rare name: "Quinn Nakamura"', { q: 'quinn nakamura' }, null],
		['country: KE', { country: 'KE' }, null],
		['language: sw', { language: 'sw' }, null],
		['country chapter: br (with its locals)', { chapter: 'br' }, null],
		[`local chapter: ${local}`, { chapter: local }, null],
		['word + country: radio in FR', { q: 'radio', country: 'FR' }, viewer],
		['no match: "zzzz"', { q: 'zzzz' }, null]
	];
	const baseline = await time(() =>
		db.execute(sql`select id, handle, display_name from members where id = ${middle}`)
	);
	console.log(
		`Directory benchmark: ${MEMBERS.toLocaleString('en')} members, 2,000 local chapters ` +
			`(filled in ${(filled / 1000).toFixed(1)} s), ${RUNS} runs each, ` +
			`${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}\n`
	);
	console.log(
		`${'query'.padEnd(42)} ${'median ms'.padStart(10)} ${'p90 ms'.padStart(8)} ${'× baseline'.padStart(11)}`
	);
	const line = (name: string, r: { median: number; p90: number }) =>
		console.log(
			`${name.padEnd(42)} ${r.median.toFixed(2).padStart(10)} ${r.p90.toFixed(2).padStart(8)} ${(r.median / baseline.median).toFixed(1).padStart(11)}`
		);
	line('baseline: primary-key lookup', baseline);
	for (const [name, input, who] of cases)
		line(name, await time(() => searchDirectory(db, who, input)));
	if (flagArg('plans')) {
		const plan = await db.execute(
			sql`explain select id from members where id in (select id from members where to_tsvector('simple'::regconfig, coalesce("display_name", '') || ' ' || coalesce("handle", '') || ' ' || coalesce("bio", '')) @@ to_tsquery('simple', 'zzzz:*') offset 0) and in_directory and deleted_at is null and email_verified_at is not null order by id desc limit 25`
		);
		console.log(plan.rows.map((r) => Object.values(r)[0]).join('\n'));
	}
} finally {
	await stop();
}
