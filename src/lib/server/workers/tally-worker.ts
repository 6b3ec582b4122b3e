/**
 * The worker thread's side of counting: receives a job, counts, answers. The same module is the
 * thread's entry point (see ./tally.ts, which starts it from this module's own URL), so the
 * production build needs no separate file: the bundled chunk holding this module is what the
 * thread loads. On the main thread importing it only gives that URL.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { count, VotingInputError, type MethodId } from '$lib/domain/tally';
import { tallyDecision, type TallyInput } from '$lib/domain/decisions/tally';
import { FieldError } from '$lib/server/errors';
import { runTally, TallyRefused } from '$lib/server/tally/run';
import type { WorkerAnswer } from './pool';

export const TALLY_WORKER_URL = import.meta.url;
/** Marks a thread started to count, so that loading this module anywhere else does nothing. */
export const TALLY_WORKER_MARK = 'plenary-tally';

export type TallyJob =
	| { kind: 'recount'; values: Record<string, unknown>; upload: Uint8Array | null }
	| { kind: 'count'; method: MethodId; input: unknown; options: Record<string, unknown> }
	| { kind: 'decision'; input: TallyInput };

/** An error as plain data: structured clone keeps no classes. */
export type SentError =
	| {
			type: 'TallyRefused';
			field: TallyRefused['field'];
			fieldKey: string;
			params: TallyRefused['params'];
			status: number;
	  }
	| { type: 'FieldError'; status: number; messageKey: string; fields: Record<string, string> }
	| { type: 'VotingInputError'; message: string; where?: string }
	| { type: 'Error'; message: string };

export function doJob(job: TallyJob): unknown {
	if (job.kind === 'recount') return runTally(job.values, job.upload);
	if (job.kind === 'decision') return tallyDecision(job.input);
	return count(job.method, job.input as never, job.options as never);
}

function sendable(e: unknown): SentError {
	if (e instanceof TallyRefused)
		return {
			type: 'TallyRefused',
			field: e.field,
			fieldKey: e.fieldKey,
			params: e.params,
			status: e.status
		};
	if (e instanceof FieldError)
		return { type: 'FieldError', status: e.status, messageKey: e.messageKey, fields: e.fields };
	if (e instanceof VotingInputError)
		return { type: 'VotingInputError', message: e.message, where: e.where };
	return { type: 'Error', message: e instanceof Error ? e.message : String(e) };
}

if (!isMainThread && parentPort && workerData === TALLY_WORKER_MARK) {
	const port = parentPort;
	port.on('message', (job: TallyJob) => {
		let answer: WorkerAnswer;
		try {
			answer = { ok: true, value: doJob(job) };
		} catch (e) {
			answer = { ok: false, error: sendable(e) };
		}
		port.postMessage(answer);
	});
}
