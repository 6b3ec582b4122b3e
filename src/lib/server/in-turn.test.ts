import { describe, expect, it } from 'vitest';
import { inTurn, takesTurns } from './in-turn';

const tick = () => new Promise((r) => setImmediate(r));

describe('work in turn', () => {
	it('runs at most the given number at once, the rest in the order they came', async () => {
		const run = inTurn(2);
		const started: number[] = [];
		const finish: (() => void)[] = [];
		const all = [0, 1, 2, 3, 4].map((i) =>
			run(async () => {
				started.push(i);
				await new Promise<void>((done) => (finish[i] = done));
				return i * 10;
			})
		);
		await tick();
		expect(started).toEqual([0, 1]);
		finish[1]();
		await tick();
		expect(started).toEqual([0, 1, 2]);
		finish[0]();
		finish[2]();
		await tick();
		expect(started).toEqual([0, 1, 2, 3, 4]);
		finish[3]();
		finish[4]();
		expect(await Promise.all(all)).toEqual([0, 10, 20, 30, 40]);
	});

	it('passes the turn on when the work fails', async () => {
		const run = inTurn(1);
		const failed = run(() => Promise.reject(new Error('render failed')));
		const next = run(async () => 'next');
		await expect(failed).rejects.toThrow('render failed');
		expect(await next).toBe('next');
		// And the turn is free again afterwards.
		expect(await run(async () => 'again')).toBe('again');
	});

	it('takes only GET and HEAD in turn, never a request made during a render', () => {
		const request = (method: string) => new Request('http://localhost/', { method });
		expect(takesTurns(request('GET'), false)).toBe(true);
		expect(takesTurns(request('HEAD'), false)).toBe(true);
		expect(takesTurns(request('POST'), false)).toBe(false);
		expect(takesTurns(request('GET'), true)).toBe(false);
	});
});
