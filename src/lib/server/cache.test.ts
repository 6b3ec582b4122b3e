import { expect, it, vi } from 'vitest';
import { cached } from './cache';

it('computes once per key within the time to live, then again', async () => {
	vi.useFakeTimers();
	let calls = 0;
	const get = cached(1000, async (key: string) => `${key}${++calls}`);
	expect(await Promise.all([get('a'), get('a')])).toEqual(['a1', 'a1']);
	expect(await get('b')).toBe('b2');
	vi.advanceTimersByTime(1001);
	expect(await get('a')).toBe('a3');
	vi.useRealTimers();
});

it('does not remember a failure', async () => {
	let fail = true;
	const get = cached(60_000, async () => {
		if (fail) throw new Error('down');
		return 'up';
	});
	await expect(get('k')).rejects.toThrow('down');
	fail = false;
	expect(await get('k')).toBe('up');
});
