import type pg from 'pg';
import { columnInsertParts, type Column } from '$lib/server/db/columns';

export type { Column };

/** Rows per statement: big enough that round trips vanish, small enough to stay in memory. */
const BATCH = 20_000;

/**
 * Insert rows column by column (db/columns.ts), tens of thousands a statement. Ids are given by
 * the caller (`overriding system value`), so rows can point at each other before they are
 * written; `advanceIdentity` then moves the table's sequence past them.
 */
export async function insertColumns(
	pool: pg.Pool,
	table: string,
	columns: Column[],
	{ batch = BATCH }: { batch?: number } = {}
): Promise<number> {
	const rows = columns[0]?.values.length ?? 0;
	const parts = columnInsertParts(table, columns);
	const text = parts.map((part, i) => (i < columns.length ? `${part}$${i + 1}` : part)).join('');
	for (let start = 0; start < rows; start += batch)
		await pool.query(
			text,
			columns.map((c) => c.values.slice(start, start + batch))
		);
	return rows;
}

/** The highest id a table holds (0 when empty): generated ids start after it. */
export async function lastId(pool: pg.Pool, table: string): Promise<number> {
	const r = await pool.query(`select coalesce(max(id), 0)::bigint as n from "${table}"`);
	return Number(r.rows[0].n);
}

/** Move the table's identity past the ids written with `overriding system value`. */
export async function advanceIdentity(pool: pg.Pool, table: string): Promise<void> {
	await pool.query(
		`select setval(pg_get_serial_sequence($1, 'id'), greatest((select max(id) from "${table}"), 1))`,
		[table]
	);
}

/** A PostgreSQL array literal for a text[] column (the values here are plain words and codes). */
export const textArray = (values: readonly string[]) => `{${values.join(',')}}`;

/**
 * Load a table with its secondary indexes set aside: they are dropped (those that back no
 * constraint), `load` runs, and they are built again from their own definitions, which is far
 * quicker for millions of rows than keeping each index (GIN above all) up to date row by row.
 */
export async function withIndexesDeferred<T>(
	pool: pg.Pool,
	table: string,
	load: () => Promise<T>
): Promise<T> {
	const { rows } = await pool.query<{ name: string; definition: string }>(
		`select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
		from pg_index i join pg_class c on c.oid = i.indexrelid
		where i.indrelid = $1::regclass
			and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
		order by c.relname`,
		[table]
	);
	for (const r of rows) await pool.query(`drop index "${r.name}"`);
	try {
		return await load();
	} finally {
		// Building an index sorts in memory up to this much; the default (64 MB) spills to disk.
		const client = await pool.connect();
		try {
			await client.query("begin; set local maintenance_work_mem = '256MB'");
			for (const r of rows) await client.query(r.definition);
			await client.query('commit');
		} finally {
			client.release();
		}
	}
}
