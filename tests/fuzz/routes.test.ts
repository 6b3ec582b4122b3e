/**
 * Property-based fuzzing of every page load, form action and endpoint under src/routes, as the
 * signed-in demo member on a seeded database: generated bad input (random and huge strings, NUL
 * and line-separator characters, numbers out of range, wrong types, missing fields, bad cursors,
 * malformed bodies) must never answer 5xx, and a refused request must change no row.
 *
 * FUZZ_RUNS sets the runs per route (default 4: the whole file takes about a minute and a half on two
 * shared cores);
 * FUZZ_SEED replays a run. A failure prints the route, the input and fast-check's seed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actorFor, createDemoDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import type { Actor } from '$lib/domain/members/actor';
import { readConfig } from '$lib/server/config';
import { DEMO_EMAIL } from '$lib/server/seed/demo-people';
import {
	call,
	installWriteCounter,
	paramNames,
	pathOf,
	refusedByKit,
	routeTargets,
	writesSoFar,
	type Target
} from './support';

const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const ORIGIN = 'http://localhost';

const modules = import.meta.glob<Record<string, never>>(
	[
		'/src/routes/**/+page.server.ts',
		'/src/routes/**/+server.ts',
		'/src/routes/**/+layout.server.ts'
	],
	{ eager: true }
);
const targets = routeTargets(modules);
const sources = import.meta.glob<string>(
	[
		'/src/routes/**/+page.server.ts',
		'/src/routes/**/+server.ts',
		'/src/routes/**/+layout.server.ts'
	],
	{ eager: true, query: '?raw', import: 'default' }
);

let conn: Connection;
let actor: Actor;
let locals: Parameters<typeof call>[3];
/** Real values for each route parameter, so that inputs reach past "not found". */
const real: Record<string, string[]> = {};

async function firstValues(query: ReturnType<typeof sql>): Promise<string[]> {
	const { rows } = await conn.db.execute<{ v: string }>(query);
	return rows.map((r) => String(r.v));
}

beforeAll(async () => {
	conn = await createDemoDatabase();
	const [{ id }] = (
		await conn.db.execute<{ id: number }>(sql`select id from members where email = ${DEMO_EMAIL}`)
	).rows;
	actor = await actorFor(conn.db, Number(id));
	const dataDir = mkdtempSync(join(tmpdir(), 'plenary-fuzz-'));
	locals = {
		db: conn.db,
		actor,
		member: { id: actor.id, handle: 'demo', displayName: 'Demo', locale: 'en' },
		app: {
			db: conn.db,
			config: readConfig({ PLENARY_DATA_DIR: dataDir }),
			dispatcher: { kick: () => {} },
			mailer: { kick: () => {} }
		}
	};
	real.slug = await firstValues(sql`(select slug as v from chapters order by id limit 2)
		union all (select slug from forum_categories order by id limit 2)`);
	real.ref = await firstValues(sql`(select id::text as v from posts order by id desc limit 2)
		union all (select id::text from decisions order by id desc limit 2)
		union all (select id::text from projects order by id desc limit 2)
		union all (select id::text from forum_threads order by id desc limit 2)`);
	real.id = await firstValues(sql`(select id::text as v from comments order by id desc limit 2)
		union all (select id::text from decisions order by id limit 1)
		union all (select id::text from projects order by id limit 1)`);
	real.task = await firstValues(sql`select id::text as v from project_tasks order by id limit 2`);
	real.handle = ['demo', ...(await firstValues(sql`select handle as v from members limit 1`))];
	real.key = await firstValues(sql`select key as v from images limit 1`);
	real.token = ['x'];
	await installWriteCounter(conn.db);
}, 300_000);

const statuses: string[] = [];
afterAll(async () => {
	if (process.env.FUZZ_DEBUG) console.log(statuses.join('\n'));
	await conn?.close();
});

// --- inputs -------------------------------------------------------------------------------------

const nasty = fc.constantFrom(
	'',
	' ',
	'\0',
	'a\0b',
	'-1',
	'0',
	'NaN',
	'Infinity',
	'1e309',
	'99999999999999999999',
	'9007199254740993',
	'-99999999999999999999',
	'1.5',
	'0x10',
	'null',
	'true',
	'[]',
	'{}',
	'garbage',
	'%00',
	'%',
	'../../etc/passwd',
	'//evil.example',
	'/\r\nSet-Cookie: x=1',
	'/ok\u2028next',
	'/\u2029',
	'\ud800',
	'<script>alert(1)</script>',
	"' or 1=1 --",
	'é'.repeat(300)
);
const value = fc.oneof(
	{ weight: 3, arbitrary: nasty },
	{ weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
	{ weight: 1, arbitrary: fc.integer().map(String) },
	{ weight: 1, arbitrary: fc.constant('x'.repeat(70_000)) }
);
/** Field and query names the routes read (and some they do not). */
const FIELDS = [
	'title',
	'body',
	'text',
	'goals',
	'needs',
	'language',
	'languages',
	'visibility',
	'chapterId',
	'kind',
	'reason',
	'alt',
	'email',
	'password',
	'currentPassword',
	'newPassword',
	'handle',
	'displayName',
	'country',
	'city',
	'timeZone',
	'token',
	'next',
	'redirectTo',
	'locale',
	'method',
	'seats',
	'seed',
	'tieBreak',
	'approve',
	'affected',
	'choice',
	'ranking',
	'option',
	'q',
	'page',
	'cursor',
	'after',
	'before',
	'from',
	'to',
	'id',
	'type',
	'subjectType',
	'subjectId',
	'status',
	'minutes',
	'hours',
	'effort',
	'rating',
	'score',
	'answer',
	'confirm',
	'size',
	'weights',
	'reply',
	'quote',
	'category',
	'summary',
	'closesAt',
	'opensAt',
	'decisionType',
	'scope',
	'taskId',
	'assignee',
	'willing',
	'note',
	'version',
	'stake',
	'image',
	'session',
	'sort'
];
const fields = fc.dictionary(
	fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FIELDS) }, fc.string({ maxLength: 8 })),
	fc.oneof(value, fc.array(value, { maxLength: 3 })),
	{ maxKeys: 8 }
);

type Body =
	| { kind: 'urlencoded' | 'multipart' | 'json'; fields: Record<string, string | string[]> }
	| { kind: 'raw'; contentType: string; raw: string };

const body: fc.Arbitrary<Body> = fc.oneof(
	{ weight: 4, arbitrary: fields.map((f) => ({ kind: 'urlencoded' as const, fields: f })) },
	{ weight: 3, arbitrary: fields.map((f) => ({ kind: 'multipart' as const, fields: f })) },
	{ weight: 1, arbitrary: fields.map((f) => ({ kind: 'json' as const, fields: f })) },
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constant('raw' as const),
			contentType: fc.constantFrom(
				'multipart/form-data',
				'multipart/form-data; boundary=xyz',
				'multipart/form-data; boundary=',
				'application/x-www-form-urlencoded',
				'application/json',
				'text/plain',
				'application/octet-stream',
				''
			),
			raw: fc.constantFrom(
				'--xyz\r\nContent-Disposition: form-data; name="title"\r\n\r\nhello',
				'--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG',
				'--xyz--',
				'--abc\r\n\r\n',
				'title=%E0%A4%A&body=%',
				'a=%00',
				'{"title": "x\\u0000"}',
				'{"title":',
				'\0\0\0',
				''
			)
		})
	}
);

function requestFor(
	target: Target,
	path: string,
	query: Record<string, string | string[]>,
	b: Body
) {
	const search = new URLSearchParams();
	for (const [k, v] of Object.entries(query))
		for (const item of Array.isArray(v) ? v : [v]) search.append(k, item);
	const action = target.action && target.action !== 'default' ? `/${target.action}` : '';
	const qs = [target.action ? action : '', search.toString()].filter(Boolean).join('&');
	const url = `${ORIGIN}${path}${qs ? `?${qs}` : ''}`;
	if (target.method === 'GET') return new Request(url);
	const headers: Record<string, string> = { origin: ORIGIN };
	let payload: BodyInit;
	if (b.kind === 'raw') {
		if (b.contentType) headers['content-type'] = b.contentType;
		payload = b.raw;
	} else if (b.kind === 'json') {
		headers['content-type'] = 'application/json';
		payload = JSON.stringify(b.fields);
	} else {
		const form = b.kind === 'multipart' ? new FormData() : new URLSearchParams();
		for (const [k, v] of Object.entries(b.fields))
			for (const item of Array.isArray(v) ? v : [v]) form.append(k, item);
		payload = form;
	}
	return new Request(url, { method: 'POST', headers, body: payload });
}

function paramsFor(target: Target): fc.Arbitrary<Record<string, string>> {
	const names = paramNames(target.routeId);
	return fc.record(
		Object.fromEntries(
			names.map((n) => [
				n,
				fc.oneof(
					{ weight: 3, arbitrary: fc.constantFrom(...(real[n]?.length ? real[n] : ['1'])) },
					{ weight: 1, arbitrary: value }
				)
			])
		)
	);
}

// --- paging: every bad cursor, page and offset on every list -----------------------------------------

const PAGING = ['page', 'cursor', 'after', 'before', 'from', 'to', 'offset', 'limit', 'next'];
const BAD_POSITIONS = [
	'99999999999999999999',
	'-1',
	'NaN',
	'garbage',
	'1e309',
	'1_99999999999999999999',
	'99999_1',
	'2020-01-01T00:00:00.000Z_99999999999999999999',
	'-271821-04-20T00:00:00.000Z_1',
	'+275760-09-13T00:00:00.000Z_1',
	'0001-01-01_1'
];
/** Loads and endpoints that read the address's query (themselves or through the comment list). */
const lists = targets.filter(
	(t) =>
		t.method === 'GET' &&
		Object.entries(sources).some(
			([file, text]) =>
				file.startsWith(`/src/routes${t.routeId === '/' ? '' : t.routeId}/+`) &&
				/searchParams|url\b|[Cc]omment/.test(text)
		)
);

describe('every list, given a bad position', () => {
	for (const target of lists) {
		it(`${target.name}: a translated 4xx or the first page, never 5xx`, async () => {
			const params = Object.fromEntries(
				paramNames(target.routeId).map((n) => [n, real[n]?.[0] ?? '1'])
			);
			for (const name of PAGING)
				for (const bad of BAD_POSITIONS) {
					const request = requestFor(
						target,
						pathOf(target.routeId, params),
						{ [name]: bad },
						{
							kind: 'urlencoded',
							fields: {}
						}
					);
					const outcome = await call(target, request, params, locals);
					if (outcome.status >= 500)
						throw new Error(`${target.name}?${name}=${bad} answered ${outcome.status}`, {
							cause: outcome.error
						});
				}
		});
	}
});

// --- the property --------------------------------------------------------------------------------

describe('every route, given bad input', () => {
	it('finds the routes', () => {
		expect(targets.length).toBeGreaterThan(60);
		expect(targets.some((t) => t.action)).toBe(true);
	});

	for (const target of targets) {
		it(`${target.name}: never 5xx, and a refusal changes nothing`, async () => {
			await fc.assert(
				fc.asyncProperty(paramsFor(target), fields, body, async (params, query, b) => {
					const request = requestFor(
						target,
						pathOf(target.routeId, params),
						query as Record<string, string | string[]>,
						b
					);
					const kit = refusedByKit(target, request);
					if (kit) return;
					const before = await writesSoFar(conn.db);
					const outcome = await call(target, request, params, locals);
					if (process.env.FUZZ_DEBUG) statuses.push(`${target.name} ${outcome.status}`);
					if (outcome.status >= 500)
						throw new Error(`${target.name} answered ${outcome.status}`, { cause: outcome.error });
					if (outcome.status >= 400) expect(await writesSoFar(conn.db)).toBe(before);
				}),
				{ numRuns: RUNS, seed: SEED, endOnFailure: true }
			);
		});
	}
});
