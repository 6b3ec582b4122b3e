import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '$lib/server/commentables';
import type { App } from '$lib/server/app';
import { readConfig } from '$lib/server/config';
import { createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { request, routeEntries, type Entry } from '../authorisation/harness';
import { MATRIX, type Row } from '../authorisation/matrix';
import { defaultParams } from '../authorisation/record';
import { buildWorld, ROLES, type World } from '../authorisation/world';

/**
 * The authorisation matrix: every route (page loads, form actions, endpoints, the API) for every
 * role, against the real handlers on a real database. See tests/authorisation/matrix.ts.
 * `MATRIX_RECORD=1` prints what each role gets, as lines to review, instead of failing.
 */
let conn: Connection;
let app: App;
let world: World;
let entries: Entry[];

beforeAll(async () => {
	conn = await createTestDatabase();
	world = await buildWorld(conn.db);
	app = {
		db: conn.db,
		config: readConfig({ PLENARY_DEV_MAIL: 'off', PLENARY_DATA_DIR: '/tmp/plenary-matrix' }),
		mailer: { kick: () => {}, stop: async () => {} },
		dispatcher: { kick: () => {}, stop: async () => {} },
		close: async () => {}
	} as unknown as App;
	entries = await routeEntries();
}, 60_000);
afterAll(() => conn?.close());

/** Form values that name a fixture (`comment:open`) take its value, as route parameters do. */
function resolve(form: Record<string, string | string[]>) {
	const one = (v: string) => world.fixtures[v] ?? v;
	return Object.fromEntries(
		Object.entries(form).map(([k, v]) => [k, Array.isArray(v) ? v.map(one) : one(v)])
	);
}

describe('the authorisation matrix', () => {
	it('has a line for every route, and none for a route that is gone', () => {
		const lines = new Set(MATRIX.map((r) => r.key));
		const missing = entries.filter((e) => !lines.has(e.key)).map((e) => e.key);
		const known = new Set(entries.map((e) => e.key));
		const stale = [...lines].filter((k) => !known.has(k));
		expect(missing, 'routes with no line in tests/authorisation/matrix.ts').toEqual([]);
		expect(stale, 'lines for routes that no longer exist').toEqual([]);
	});

	it('answers each role as the matrix says', async () => {
		const byKey = new Map(entries.map((e) => [e.key, e]));
		const record = !!process.env.MATRIX_RECORD;
		const rows: Row[] = record
			? [
					...MATRIX,
					...entries
						.filter((e) => !MATRIX.some((r) => r.key === e.key))
						.map((e) => ({ key: e.key, expect: '' }))
				]
			: MATRIX;
		const wrong: string[] = [];
		const out: string[] = [];
		for (const line of rows) {
			const entry = byKey.get(line.key);
			if (!entry) continue;
			const named = line.params ?? defaultParams(entry.route);
			const params = Object.fromEntries(
				Object.entries(named).map(([k, v]) => [k, world.fixtures[v] ?? v])
			);
			const got: number[] = [];
			for (const role of ROLES)
				got.push(
					await request(app, {
						entry,
						who: world.who[role],
						params,
						form: line.form && resolve(line.form),
						// A query's `{fixture}` takes the fixture's value too.
						query: line.query?.replace(/\{([^}]+)\}/g, (_, k: string) => world.fixtures[k] ?? k)
					})
				);
			const seen = got.join(' ');
			out.push(`${JSON.stringify(line.key)} ${JSON.stringify(line.params ?? null)} ${seen}`);
			if (seen !== line.expect.trim().split(/\s+/).join(' '))
				wrong.push(`${line.key} ${JSON.stringify(named)}: expected ${line.expect}, got ${seen}`);
		}
		if (record) console.log(out.join('\n'));
		else expect(wrong).toEqual([]);
	}, 120_000);
});
