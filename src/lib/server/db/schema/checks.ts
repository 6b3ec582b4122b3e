/**
 * CHECK constraints for the schema's tables: enum-like text columns hold only the values the code
 * writes, and numbers stay inside the ranges the rules fix. The lists come from the domain where
 * it has them, so the database and the compiler name the same values; a new value needs a new
 * migration (`npm run db:generate`).
 *
 * Schema files import these helpers and the domain by relative path (drizzle-kit reads them
 * without the app's `$lib` alias), and only modules that import nothing at run time but zod.
 */
import { sql } from 'drizzle-orm';
import { check, type AnyPgColumn } from 'drizzle-orm/pg-core';

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The column holds one of these values (null passes, as in any CHECK: the column's own notNull decides). */
export function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
	return check(name, sql`${column} in (${sql.raw(values.map(literal).join(', '))})`);
}

/** The column lies between `min` and `max`, both included. */
export function between(name: string, column: AnyPgColumn, min: number, max: number) {
	return check(name, sql`${column} between ${sql.raw(String(min))} and ${sql.raw(String(max))}`);
}

/** The column is at least `min`. */
export function atLeast(name: string, column: AnyPgColumn, min: number) {
	return check(name, sql`${column} >= ${sql.raw(String(min))}`);
}

/**
 * Every value of the union `T`, each listed once: the compiler refuses a value outside `T` and a
 * list that misses one. `everyValue<Tier>()(['friend', 'interim', 'member'])`.
 */
export const everyValue =
	<T extends string>() =>
	<const L extends readonly T[]>(
		list: L &
			([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })
	): L =>
		list;
