/**
 * Work asked for in the same turn of the event loop, done in one statement. When many members'
 * requests arrive at once (a vote closing), each asks the same small thing of the database: its
 * session read, its "last seen" written. A statement each costs the database a round of parsing,
 * planning and committing per request; gathered, the round is paid once for all of them, and a
 * lone request waits only for the end of the current turn.
 *
 * Each database handle gathers apart, so a transaction's work never joins another's. Only a
 * handle that outlives the turn may be used (the app's pool, not a transaction about to commit).
 */
import type { Queryable } from './client';

type Waiting<R> = { resolve: (result: R | undefined) => void; reject: (err: unknown) => void }[];

/**
 * `run` does the work for every key asked for in one turn (each once, with the value asked with it
 * last) and answers by key; a key it leaves out is answered with undefined. Should it fail, every
 * request of the turn fails with the same error, as each would have alone.
 */
export function gatheredByTurn<K, V, R>(
	run: (db: Queryable, asked: Map<K, V>) => Promise<Map<K, R> | void>
) {
	const gathering = new WeakMap<Queryable, { values: Map<K, V>; waiting: Map<K, Waiting<R>> }>();

	async function runTogether(db: Queryable) {
		const turn = gathering.get(db)!;
		gathering.delete(db);
		try {
			const results = (await run(db, turn.values)) ?? new Map<K, R>();
			for (const [key, waiting] of turn.waiting)
				for (const w of waiting) w.resolve(results.get(key));
		} catch (err) {
			for (const waiting of turn.waiting.values()) for (const w of waiting) w.reject(err);
		}
	}

	return (db: Queryable, key: K, value: V): Promise<R | undefined> => {
		let turn = gathering.get(db);
		if (!turn) {
			gathering.set(db, (turn = { values: new Map(), waiting: new Map() }));
			setImmediate(() => void runTogether(db));
		}
		turn.values.set(key, value);
		const waiting = turn.waiting.get(key) ?? [];
		turn.waiting.set(key, waiting);
		return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
	};
}
