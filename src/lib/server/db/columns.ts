/**
 * Rows written column by column: `insert … select … from unnest($1::t1[], $2::t2[], …)`, one array
 * parameter per column. The statement's text and its parameters stay the same size whatever the
 * number of rows, so neither the app (a multi-row insert builds a placeholder and a mapping per
 * value) nor PostgreSQL (which parses each of them) does work per row that it could do per column.
 * The ballot box's batches and the large seed write this way.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from './client';

/**
 * One column: its name, the PostgreSQL type of its array parameter, an optional cast applied per
 * row (`jsonb`, `text[]`: such values travel as text, since `unnest` would flatten a
 * two-dimensional array), and one value per row.
 */
export type Column = { name: string; type: string; cast?: string; values: readonly unknown[] };

/**
 * The statement's text around its parameters: `parts[i]` comes before parameter i. The rows are
 * `u`, its columns named as the table's, so a condition can follow (columnInsert's `where`).
 */
export function columnInsertParts(table: string, columns: readonly Column[]): string[] {
	const rows = columns[0]?.values.length ?? 0;
	for (const c of columns)
		if (c.values.length !== rows)
			throw new Error(`${table}.${c.name}: ${c.values.length} ≠ ${rows}`);
	const names = columns.map((c) => `"${c.name}"`).join(', ');
	const selected = columns.map((c) => `u."${c.name}"${c.cast ? `::${c.cast}` : ''}`).join(', ');
	// Ids given by the caller (the large seed's rows point at each other before they are written).
	const overriding = columns.some((c) => c.name === 'id') ? ' overriding system value' : '';
	return [
		`insert into "${table}" (${names})${overriding} select ${selected} from unnest(`,
		...columns.slice(0, -1).map((c) => `::${c.type}[], `),
		`::${columns.at(-1)?.type}[]) as u(${names})`
	];
}

/** Rows for one table. */
export type Insert = { table: string; columns: readonly Column[] };

/**
 * One table's rows as a statement, or a part of one: with `where`, only the rows `u` it holds for
 * (ballots.ts writes a batch's events on a condition on what the same statement superseded).
 */
export function columnInsert({ table, columns }: Insert, where?: SQL): SQL {
	const statement = sql.join(
		columnInsertParts(table, columns).flatMap((text, i) =>
			i < columns.length ? [sql.raw(text), sql`${sql.param(columns[i].values)}`] : [sql.raw(text)]
		)
	);
	return where ? sql`${statement} where ${where}` : statement;
}

/**
 * Statements as one: all but the last as `with` parts, named i0, i1…, which PostgreSQL runs to the
 * end whether or not anything reads them.
 */
function together(statements: readonly SQL[], last: SQL): SQL {
	const before = statements.map((s, n) => sql`${sql.raw(`i${n}`)} as (${s})`);
	return before.length ? sql`with ${sql.join(before, sql`, `)} ${last}` : last;
}

/**
 * Insert the rows in one statement on any handle of the app's (a transaction, the pool). Several
 * tables' rows go in one statement too: the app waits for one answer instead of one per table.
 */
export async function insertColumns(db: Queryable, ...inserts: readonly Insert[]): Promise<void> {
	const statements = inserts.filter((i) => i.columns[0]?.values.length).map((i) => columnInsert(i));
	const last = statements.pop();
	if (last) await db.execute(together(statements, last));
}
