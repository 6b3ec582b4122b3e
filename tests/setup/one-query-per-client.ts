/**
 * Fails the test that sends a query on a database client that is still running another one: a
 * `Promise.all` (or a query not awaited) on a transaction's `tx` or on a checked-out client. `pg`
 * 8 queues such a query with a one-time deprecation warning that names no caller, `pg` 9 refuses
 * it, and the embedded database serves one connection, so code that does it works by luck of the
 * queue. A pool is not affected: it runs concurrent queries on different clients, and checks a
 * client out to one caller at a time.
 *
 * The check is on `pg`'s Client itself, so it costs one comparison per query. It records the
 * overlap (both statements) and fails the test after it ends, so an overlap in code that catches
 * errors (an event handler, a request answered 500) still fails. A query runs from a promise job,
 * so the stack there names no caller: `PLENARY_QUERY_CALLERS=1` also records where each Drizzle
 * query was built (a stack per query, and async context tracking: slower) and prints it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { PgDatabase } from 'drizzle-orm/pg-core';
import { afterAll, afterEach } from 'vitest';

type QueryConfig = string | { text?: string } | null | undefined;
type ClientState = {
	pipeline?: boolean;
	_activeQuery?: { text?: string } | null;
	_queryQueue: { text?: string }[];
};
type Overlaps = { found: string[]; seen: boolean };

const shared = globalThis as { plenaryQueryOverlaps?: Overlaps };
if (!shared.plenaryQueryOverlaps) {
	const overlaps: Overlaps = { found: [], seen: false };
	shared.plenaryQueryOverlaps = overlaps;
	const proto = pg.Client.prototype as unknown as {
		query: (this: ClientState, config: QueryConfig, ...rest: unknown[]) => unknown;
	};
	const query = proto.query;
	const builtAt = process.env.PLENARY_QUERY_CALLERS ? recordBuilders() : null;
	proto.query = function (this: ClientState, config, ...rest) {
		const running = this._activeQuery ?? this._queryQueue[0];
		if (running && !this.pipeline) {
			overlaps.seen = true;
			const sent = typeof config === 'string' ? config : config?.text;
			overlaps.found.push(
				[
					'A query was sent on a database client that is still running another one ' +
						'(Promise.all or a query not awaited on one transaction or client):',
					`  running: ${statement(running.text)}`,
					`  sent:    ${statement(sent)}`,
					builtAt
						? `  built at:\n${builtAt.getStore()?.stack?.split('\n').slice(2).join('\n') ?? '    ?'}`
						: '  (run again with PLENARY_QUERY_CALLERS=1 to see where the query was built)'
				].join('\n')
			);
		}
		return query.call(this, config, ...rest);
	};
	// The driver's own warning (once per process), for a client this check did not see.
	process.on('warning', (warning) => {
		if (!overlaps.seen && warning.message.includes('client is already executing a query'))
			overlaps.found.push(`${warning.name}: ${warning.message}\n${warning.stack ?? ''}`);
	});
}
const overlaps = shared.plenaryQueryOverlaps;

/**
 * Remembers, in the async context of the caller, the stack of every Drizzle query builder made:
 * the promise job that later sends the query runs in that context.
 */
function recordBuilders(): AsyncLocalStorage<Error> {
	const builtAt = new AsyncLocalStorage<Error>();
	const db = PgDatabase.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
	for (const name of [
		'select',
		'selectDistinct',
		'selectDistinctOn',
		'insert',
		'update',
		'delete',
		'execute'
	]) {
		const build = db[name];
		db[name] = function (this: unknown, ...args: unknown[]) {
			builtAt.enterWith(new Error());
			return build.apply(this, args);
		};
	}
	return builtAt;
}

function statement(text: string | undefined): string {
	const oneLine = (text ?? '?').replace(/\s+/g, ' ');
	return oneLine.length > 300 ? `${oneLine.slice(0, 300)}…` : oneLine;
}

function failOnOverlap() {
	if (overlaps.found.length === 0) return;
	const found = overlaps.found.splice(0);
	throw new Error(found.join('\n\n'));
}

afterEach(failOnOverlap);
afterAll(failOnOverlap);
