/**
 * Counting off the request thread. `recount` serves the public /tally form; `tallyDecisionOnWorker`
 * is the domain's `tallyDecision` (a decision's count at close, raw and weighted) and
 * `countOnWorker` the counting core's `count()`, each on a worker thread, for any other count
 * that may be big: each is the same function with `await` in front.
 *
 * The pool is shared by the process and started on first use. Its bounds: TALLY_WORKERS threads
 * (default: one fewer than the cores, at least 1, at most 4), TALLY_QUEUE jobs waiting (default
 * 8), TALLY_TIMEOUT_SECONDS per job (default 20). What a job may carry is bounded by the caller
 * (the recount's TALLY_LIMITS), and the thread's heap by TALLY_WORKER_MEMORY_MB (default 512).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
	VotingInputError,
	type MethodId,
	type MethodOptions,
	type MethodReport
} from '$lib/domain/tally';
import { Conflict, Invalid } from '$lib/server/errors';
import { TallyRefused, type TallyOutcome } from '$lib/server/tally/run';
import type { DecisionTally, TallyInput } from '$lib/domain/decisions/tally';
import { WorkerPool, type PoolOptions } from './pool';
import { TALLY_WORKER_MARK, TALLY_WORKER_URL, type SentError, type TallyJob } from './tally-worker';

function envNumber(name: string, fallback: number, min: number, max: number): number {
	const n = Number(process.env[name]);
	return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

/** Starts a counting thread: the bundled module as it is, or the TypeScript source through tsx. */
export function spawnTallyWorker(): Worker {
	const resourceLimits = {
		maxOldGenerationSizeMb: envNumber('TALLY_WORKER_MEMORY_MB', 512, 64, 8192)
	};
	if (!TALLY_WORKER_URL.endsWith('.ts'))
		return new Worker(new URL(TALLY_WORKER_URL), { workerData: TALLY_WORKER_MARK, resourceLimits });
	// Under `vite dev` and Vitest the module is TypeScript source: the thread loads it through tsx
	// (a development dependency), which also reads the $lib alias from tsconfig.json.
	const boot = `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(TALLY_WORKER_URL)}));`;
	return new Worker(boot, { eval: true, workerData: TALLY_WORKER_MARK, resourceLimits });
}

/** The error a worker sent, as the class the rest of the app knows. */
export function reviveTallyError(sent: unknown): unknown {
	const e = sent as SentError;
	switch (e?.type) {
		case 'TallyRefused':
			return new TallyRefused(e.field, e.fieldKey, e.params, e.status);
		case 'FieldError':
			return e.status === 409
				? new Conflict(e.messageKey, e.fields)
				: new Invalid(e.messageKey, e.fields);
		case 'VotingInputError':
			return new VotingInputError(
				e.where ? e.message.slice(e.where.length + 2) : e.message,
				e.where
			);
		default:
			return new Error(e?.message ?? 'counting failed');
	}
}

export function tallyPoolOptions(): PoolOptions {
	return {
		size: envNumber('TALLY_WORKERS', Math.min(4, Math.max(1, availableParallelism() - 1)), 1, 64),
		queue: envNumber('TALLY_QUEUE', 8, 0, 1000),
		timeoutMs: envNumber('TALLY_TIMEOUT_SECONDS', 20, 1, 3600) * 1000,
		spawn: spawnTallyWorker,
		revive: reviveTallyError
	};
}

let shared: WorkerPool | undefined;

/**
 * The process's counting pool, started on first use, and again after a script or test closed it
 * (its threads keep a process alive, so whatever ends one closes it first).
 */
export function tallyPool(): WorkerPool {
	if (!shared || shared.isClosed) shared = new WorkerPool(tallyPoolOptions());
	return shared;
}

/** The public recount of a form's values and uploaded file, on a worker thread. */
export function recount(
	values: Record<string, unknown>,
	upload: Uint8Array | null,
	pool: WorkerPool = tallyPool()
): Promise<TallyOutcome> {
	return pool.run<TallyOutcome>({ kind: 'recount', values, upload } satisfies TallyJob);
}

/**
 * `count(method, input, options)` on a worker thread. Input and report cross by structured clone:
 * plain data (arrays, objects, numbers, strings, bigints) only.
 */
export function countOnWorker<M extends MethodId>(
	method: M,
	input: unknown,
	options: MethodOptions<M> = {} as MethodOptions<M>,
	pool: WorkerPool = tallyPool()
): Promise<MethodReport<M>> {
	return pool.run<MethodReport<M>>({
		kind: 'count',
		method,
		input,
		options: options as Record<string, unknown>
	} satisfies TallyJob);
}

/** `tallyDecision(input)` (raw and weighted count, quorum, outcome) on a worker thread. */
export function tallyDecisionOnWorker(
	input: TallyInput,
	pool: WorkerPool = tallyPool()
): Promise<DecisionTally> {
	return pool.run<DecisionTally>({ kind: 'decision', input } satisfies TallyJob);
}
