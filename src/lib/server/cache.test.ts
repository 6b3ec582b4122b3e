import { expect, it, vi } from 'vitest';
import { cached } from './cache';

const db = {};

it('computes once per key within the time to live, then again', async () => {
	vi.useFakeTimers();
	let calls = 0;
	const get = cached(1000, async (key: string, _db: object) => `${key}${++calls}`);
	expect(await Promise.all([get('a', db), get('a', db)])).toEqual(['a1', 'a1']);
	expect(await get('b', db)).toBe('b2');
	vi.advanceTimersByTime(1001);
	expect(await get('a', db)).toBe('a3');
	vi.useRealTimers();
});

it('keeps each database its own entries', async () => {
	const get = cached(60_000, async (key: number, from: { name: string }) => `${from.name}:${key}`);
	expect(await get(1, { name: 'one' })).toBe('one:1');
	expect(await get(1, { name: 'two' })).toBe('two:1');
});

it('does not remember a failure', async () => {
	let fail = true;
	const get = cached(60_000, async (_key: string, _db: object) => {
		if (fail) throw new Error('down');
		return 'up';
	});
	await expect(get('k', db)).rejects.toThrow('down');
	fail = false;
	expect(await get('k', db)).toBe('up');
});
