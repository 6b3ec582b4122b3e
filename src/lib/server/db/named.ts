/**
 * A statement run under a name, for one whose text never changes (its values all travel as
 * parameters): PostgreSQL parses it once per connection, and after a few runs may plan it once
 * too. The ballot box writes each batch so (decisions/ballots.ts): planned afresh, its statement
 * cost PostgreSQL about 5 ms a batch before a row was read. drizzle's `execute` has no name for a
 * statement; its query builder's `prepare` does, and sessions.ts uses that.
 */
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './client';

const dialect = new PgDialect();

export async function executeNamed<Row>(db: Db, name: string, query: SQL): Promise<Row[]> {
	const { sql: text, params } = dialect.sqlToQuery(query);
	const result = await db.$client.query({ name, text, values: params as unknown[] });
	return result.rows as Row[];
}
