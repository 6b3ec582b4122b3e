/**
 * A small in-process cache for figures that may be a little old (the organisation's name, its
 * headline numbers). Each app process keeps its own copy for `ttlMs`; concurrent misses share one
 * computation. An entry belongs to its key and to the database it was read from: one process may
 * hold several databases (the tests do, one per file), and decision 1 of one is not decision 1 of
 * another. Never use it for anything a member's permissions decide.
 */
export function cached<K, Db extends object, A extends unknown[], V>(
	ttlMs: number,
	compute: (key: K, db: Db, ...rest: A) => Promise<V>
): (key: K, db: Db, ...rest: A) => Promise<V> {
	const byDb = new WeakMap<Db, Map<K, { value: Promise<V>; at: number }>>();
	return (key, db, ...rest) => {
		let entries = byDb.get(db);
		if (!entries) byDb.set(db, (entries = new Map()));
		const hit = entries.get(key);
		if (hit && Date.now() - hit.at < ttlMs) return hit.value;
		const value = compute(key, db, ...rest);
		entries.set(key, { value, at: Date.now() });
		// A failed computation is not remembered.
		value.catch(() => entries.delete(key));
		return value;
	};
}
