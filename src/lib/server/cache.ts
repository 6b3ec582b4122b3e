/**
 * A small in-process cache for figures that may be a little old (the organisation's name, its
 * headline numbers). Each app process keeps its own copy for `ttlMs`; concurrent misses share one
 * computation. Only `key` identifies an entry: the other arguments (the database handle) must not
 * change the answer. Never use it for anything a member's permissions decide.
 */
export function cached<K, A extends unknown[], V>(
	ttlMs: number,
	compute: (key: K, ...rest: A) => Promise<V>
): (key: K, ...rest: A) => Promise<V> {
	const entries = new Map<K, { value: Promise<V>; at: number }>();
	return (key, ...rest) => {
		const hit = entries.get(key);
		if (hit && Date.now() - hit.at < ttlMs) return hit.value;
		const value = compute(key, ...rest);
		entries.set(key, { value, at: Date.now() });
		// A failed computation is not remembered.
		value.catch(() => entries.delete(key));
		return value;
	};
}
