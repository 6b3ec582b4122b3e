/**
 * A small pool of worker threads for CPU-heavy work (counting ballots), so that one request's
 * work never holds up the event loop every other request shares.
 *
 * Three bounds keep one caller from using it to slow everyone: at most `size` threads, at most
 * `queue` jobs waiting (more are refused at once with PoolBusy, which answers 503 with
 * Retry-After), and at most `timeoutMs` per job (the thread is terminated, which stops even a
 * loop that never yields, and a fresh one takes its place when needed). Inputs are bounded by the
 * caller before a job is posted.
 *
 * A worker runs one job at a time and answers `{ ok: true, value }` or `{ ok: false, error }`.
 */
import { Worker } from 'node:worker_threads';
import { DomainError } from '$lib/server/errors';

/** Every thread and every queue place is taken: try again in `retryAfter` seconds. */
export class PoolBusy extends DomainError {
	readonly status = 503;
	constructor(readonly retryAfter: number) {
		super('error_busy', { seconds: retryAfter });
	}
}

/** The job ran longer than the pool allows; its thread was stopped. */
export class JobTimedOut extends Error {
	constructor(readonly seconds: number) {
		super(`job took longer than ${seconds} s`);
	}
}

export type WorkerAnswer = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface PoolOptions {
	/** Most threads at once. */
	size: number;
	/** Most jobs waiting for a thread; one more is refused with PoolBusy. */
	queue: number;
	/** Longest a job may run before its thread is terminated. */
	timeoutMs: number;
	/** Starts one worker thread. */
	spawn: () => Worker;
	/** How a worker's `{ ok: false, error }` becomes the error the caller sees. */
	revive?: (error: unknown) => unknown;
}

interface Job {
	data: unknown;
	resolve: (value: unknown) => void;
	reject: (error: unknown) => void;
}

export class WorkerPool {
	private readonly idle: Worker[] = [];
	private readonly running = new Map<Worker, { job: Job; timer: NodeJS.Timeout }>();
	private readonly waiting: Job[] = [];
	private closed = false;

	/** Closed for good: every job it is given is refused. */
	get isClosed(): boolean {
		return this.closed;
	}

	constructor(private readonly options: PoolOptions) {}

	/** Jobs running and waiting (for tests and the bench). */
	get load() {
		return { running: this.running.size, waiting: this.waiting.length };
	}

	run<T>(data: unknown): Promise<T> {
		if (this.closed) return Promise.reject(new Error('worker pool closed'));
		const free = this.idle.length > 0 || this.running.size < this.options.size;
		if (!free && this.waiting.length >= this.options.queue)
			return Promise.reject(new PoolBusy(Math.max(1, Math.ceil(this.options.timeoutMs / 1000))));
		return new Promise<T>((resolve, reject) => {
			this.waiting.push({ data, resolve: resolve as (v: unknown) => void, reject });
			this.next();
		});
	}

	/** Stops every thread; waiting jobs are refused. */
	async close(): Promise<void> {
		this.closed = true;
		for (const job of this.waiting.splice(0)) job.reject(new Error('worker pool closed'));
		const all = [...this.idle.splice(0), ...this.running.keys()];
		for (const [, { job, timer }] of this.running) {
			clearTimeout(timer);
			job.reject(new Error('worker pool closed'));
		}
		this.running.clear();
		await Promise.all(all.map((w) => w.terminate()));
	}

	private next() {
		if (this.closed || this.waiting.length === 0) return;
		let worker = this.idle.pop();
		if (!worker) {
			if (this.running.size >= this.options.size) return;
			worker = this.start();
		}
		const job = this.waiting.shift()!;
		const timer = setTimeout(() => this.timedOut(worker), this.options.timeoutMs);
		this.running.set(worker, { job, timer });
		worker.ref();
		worker.postMessage(job.data);
	}

	private start(): Worker {
		const worker = this.options.spawn();
		worker.on('message', (answer: WorkerAnswer) => this.answered(worker, answer));
		// A crash (out of memory, an exception outside the job) ends that thread only.
		worker.on('error', (err) => this.lost(worker, err));
		worker.on('exit', (code) => this.lost(worker, new Error(`worker exited with code ${code}`)));
		return worker;
	}

	private answered(worker: Worker, answer: WorkerAnswer) {
		const entry = this.running.get(worker);
		if (!entry) return;
		clearTimeout(entry.timer);
		this.running.delete(worker);
		// An idle thread must not keep the process alive.
		worker.unref();
		this.idle.push(worker);
		if (answer.ok) entry.job.resolve(answer.value);
		else entry.job.reject(this.options.revive ? this.options.revive(answer.error) : answer.error);
		this.next();
	}

	private timedOut(worker: Worker) {
		const entry = this.running.get(worker);
		if (!entry) return;
		this.running.delete(worker);
		entry.job.reject(new JobTimedOut(this.options.timeoutMs / 1000));
		void worker.terminate();
		this.next();
	}

	private lost(worker: Worker, err: unknown) {
		const at = this.idle.indexOf(worker);
		if (at >= 0) this.idle.splice(at, 1);
		const entry = this.running.get(worker);
		if (entry) {
			clearTimeout(entry.timer);
			this.running.delete(worker);
			entry.job.reject(err);
		}
		this.next();
	}
}
