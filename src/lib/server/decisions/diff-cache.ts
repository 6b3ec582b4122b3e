/**
 * Word diffs as readers see them, computed once per pair of texts in each process. An amendment
 * and a published version never change, so every view after the first reads the diff from here
 * instead of running it again; a draft being edited gives new texts, hence a new entry. Keyed by
 * a hash of both texts, so an entry can never belong to other words.
 */
import { createHash } from 'node:crypto';
import { diffStats, wordDiff, type Segment } from '$lib/domain/decisions/text-diff';

export type ReadableDiff = { diff: Segment[]; stats: { added: number; removed: number } };

/** Enough for every amendment and version being read at once; the oldest read goes first. */
const ENTRIES = 500;
const entries = new Map<string, ReadableDiff>();

export function readableDiff(before: string, after: string): ReadableDiff {
	const key = createHash('sha256').update(before).update('\0').update(after).digest('base64');
	const hit = entries.get(key);
	if (hit) {
		// Most recently read last, so the eviction below drops the least recently read.
		entries.delete(key);
		entries.set(key, hit);
		return hit;
	}
	const diff = wordDiff(before, after);
	const value = { diff, stats: diffStats(diff) };
	entries.set(key, value);
	if (entries.size > ENTRIES) entries.delete(entries.keys().next().value!);
	return value;
}
