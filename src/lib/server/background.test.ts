import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backgroundWorker } from './background';

/** A batch that holds until `release()`, then finds the queue empty; counts its runs. */
function heldBatch() {
	let runs = 0;
	let release = () => {};
	const batch = () => {
		runs++;
		return new Promise<number>((resolve) => (release = () => resolve(0)));
	};
	return { batch, runs: () => runs, release: () => release() };
}

describe('background worker', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('runs at once when kicked idle, once more for every kick that came while it ran', async () => {
		const held = heldBatch();
		const worker = backgroundWorker('test', held.batch, 60_000);
		worker.kick();
		expect(held.runs()).toBe(1);
		worker.kick();
		worker.kick();
		held.release();
		await vi.advanceTimersByTimeAsync(0);
		expect(held.runs()).toBe(2);
		worker.kick();
		held.release();
		await vi.advanceTimersByTimeAsync(0);
		expect(held.runs()).toBe(3);
		held.release();
		await worker.stop();
	});

	it('gathers the kicks that come while it runs, and while it waits, into one more run', async () => {
		const held = heldBatch();
		const worker = backgroundWorker('test', held.batch, 60_000, 50);
		worker.kick();
		worker.kick();
		held.release();
		await vi.advanceTimersByTimeAsync(20);
		// Still gathering: the kicks of the wait join the run it is waiting for.
		expect(held.runs()).toBe(1);
		worker.kick();
		worker.kick();
		await vi.advanceTimersByTimeAsync(30);
		expect(held.runs()).toBe(2);
		held.release();
		await vi.advanceTimersByTimeAsync(100);
		expect(held.runs()).toBe(2);
		await worker.stop();
	});

	it('does not make whoever flushes wait for kicks to gather', async () => {
		const held = heldBatch();
		const worker = backgroundWorker('test', held.batch, 60_000, 60_000);
		worker.kick();
		const flushed = worker.flush();
		held.release();
		await vi.advanceTimersByTimeAsync(0);
		expect(held.runs()).toBe(2);
		held.release();
		await flushed;
		await worker.stop();
	});
});
