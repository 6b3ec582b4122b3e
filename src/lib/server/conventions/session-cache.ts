/**
 * The part of the session page that is the same for every viewer (the agenda, the queue, the
 * motions and their counts), computed once per change and shared: when a live message makes a few
 * hundred delegates reload at once, one query set serves them all. An entry is forgotten when the
 * convention changes, here (the command announces it) or on another node (the live message on the
 * convention's topic reaches this process too); a short lifetime bounds what a lost message costs.
 */
import { listen } from '$lib/server/live';

const LIFETIME_MS = 3_000;
const generation = new Map<number, number>();
const watched = new Set<number>();
const entries = new WeakMap<
	object,
	Map<string, { gen: number; at: number; value: Promise<unknown> }>
>();

export function forgetSession(conventionId: number) {
	generation.set(conventionId, (generation.get(conventionId) ?? 0) + 1);
}

export function sharedSession<T>(
	db: object,
	conventionId: number,
	variant: string,
	load: () => Promise<T>
): Promise<T> {
	if (!watched.has(conventionId)) {
		watched.add(conventionId);
		listen(`convention:${conventionId}`, () => forgetSession(conventionId));
	}
	let cache = entries.get(db);
	if (!cache) entries.set(db, (cache = new Map()));
	const key = `${conventionId}:${variant}`;
	const gen = generation.get(conventionId) ?? 0;
	const hit = cache.get(key);
	if (hit && hit.gen === gen && Date.now() - hit.at < LIFETIME_MS) return hit.value as Promise<T>;
	const value = load();
	cache.set(key, { gen, at: Date.now(), value });
	value.catch(() => cache.delete(key));
	return value;
}
