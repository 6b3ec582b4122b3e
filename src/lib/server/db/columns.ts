/**
 * Rows written column by column: `insert … select … from unnest($1::t1[], $2::t2[], …)`, one array
 * parameter per column. The statement's text and its parameters stay the same size whatever the
 * number of rows, so neither the app (a multi-row insert builds a placeholder and a mapping per
 * value) nor PostgreSQL (which parses each of them) does work per row that it could do per column.
 * The ballot box's batches and the large seed write this way.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from './client';

/**
 * One column: its name, the PostgreSQL type of its array parameter, an optional cast applied per
 * row (`jsonb`, `text[]`: such values travel as text, since `unnest` would flatten a
 * two-dimensional array), and one value per row.
 */
export type Column = { name: string; type: string; cast?: string; values: readonly unknown[] };

/** The statement's text around its parameters: `parts[i]` comes before parameter i. */
export function columnInsertParts(table: string, columns: readonly Column[]): string[] {
	const rows = columns[0]?.values.length ?? 0;
	for (const c of columns)
		if (c.values.length !== rows)
			throw new Error(`${table}.${c.name}: ${c.values.length} ≠ ${rows}`);
	const names = columns.map((c) => `"${c.name}"`).join(', ');
	const selected = columns.map((c, i) => (c.cast ? `u.c${i}::${c.cast}` : `u.c${i}`)).join(', ');
	const aliases = columns.map((_, i) => `c${i}`).join(', ');
	// Ids given by the caller (the large seed's rows point at each other before they are written).
	const overriding = columns.some((c) => c.name === 'id') ? ' overriding system value' : '';
	return [
		`insert into "${table}" (${names})${overriding} select ${selected} from unnest(`,
		...columns.slice(0, -1).map((c) => `::${c.type}[], `),
		`::${columns.at(-1)?.type}[]) as u(${aliases})`
	];
}

/** Rows for one table. */
export type Insert = { table: string; columns: readonly Column[] };

/**
 * Insert the rows in one statement on any handle of the app's (a transaction, the pool). Several
 * tables' rows go in one statement too, all but the last as a `with` part: PostgreSQL runs each
 * such part to the end, and the app waits for one answer instead of one per table.
 */
export async function insertColumns(db: Queryable, ...inserts: readonly Insert[]): Promise<void> {
	const statements = inserts
		.filter((i) => i.columns[0]?.values.length)
		.map(({ table, columns }) =>
			sql.join(
				columnInsertParts(table, columns).flatMap((text, i) =>
					i < columns.length
						? [sql.raw(text), sql`${sql.param(columns[i].values)}`]
						: [sql.raw(text)]
				)
			)
		);
	const last = statements.pop();
	if (!last) return;
	const before = statements.map((s, n) => sql`${sql.raw(`i${n}`)} as (${s})`);
	await db.execute(before.length ? sql`with ${sql.join(before, sql`, `)} ${last}` : last);
}
