/** Counting off the request thread: the same answers as on it, and bounds that hold. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBlt } from '$lib/domain/tally';
import { runTally, TallyRefused } from '$lib/server/tally/run';
import { tallyAction } from '$lib/server/tally';
import { JobTimedOut, PoolBusy, WorkerPool } from './pool';
import { countOnWorker, recount, tallyDecisionOnWorker, tallyPoolOptions } from './tally';
import { readSettings } from '$lib/domain/decisions/types';
import { tallyDecision, type TallyInput } from '$lib/domain/decisions/tally';

const root = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const dumbarton = JSON.parse(
	readFileSync(path.resolve(root, 'fixtures/vote-cases/stv-scottish-dumbarton-2017.json'), 'utf8')
);
const blt = new TextEncoder().encode(writeBlt({ ...dumbarton, title: 'Dumbarton 2017' }));

const pool = new WorkerPool({ ...tallyPoolOptions(), size: 1, queue: 1 });
afterAll(() => pool.close());

describe('the counting pool', () => {
	it('gives the same report as counting on the request thread', async () => {
		const here = runTally({ method: 'stv-scottish' }, blt);
		const there = await recount({ method: 'stv-scottish' }, blt, pool);
		expect(there).toEqual(here);
	});

	it('counts any method for other callers (a decision at close)', async () => {
		const report = await countOnWorker(
			'irv',
			{
				candidates: ['a', 'b'],
				ballots: [
					{ ranking: [['a']], count: 2 },
					{ ranking: [['b']], count: 1 }
				]
			},
			{},
			pool
		);
		expect(report.winners).toEqual(['a']);
	});

	it('counts a decision at close the same as on the request thread', async () => {
		const input: TallyInput = {
			decisionId: 7,
			ballotType: 'motion',
			method: 'threshold',
			settings: readSettings({ quorum: { numerator: 1, denominator: 4 } }),
			options: [],
			eligible: 8,
			ballots: [
				{ choice: { vote: 'yes' }, weight: 1 },
				{ choice: { vote: 'no' }, weight: 3 }
			]
		};
		expect(await tallyDecisionOnWorker(input, pool)).toEqual(tallyDecision(input));
	});

	it('keeps a refusal a refusal: the translated field, key and status', async () => {
		const err = await recount({ method: 'auto' }, new TextEncoder().encode('nonsense'), pool).catch(
			(e) => e
		);
		expect(err).toBeInstanceOf(TallyRefused);
		expect([err.field, err.fieldKey, err.status]).toEqual(['file', 'tally_error_not_blt', 400]);
	});

	it('leaves the event loop free while it counts', async () => {
		// Exact PAV over 27,405 committees for 20,000 ballots: seconds of counting.
		const candidates = Array.from({ length: 30 }, (_, i) => `c${i}`);
		const ballots = Array.from({ length: 20_000 }, (_, b) => ({
			approve: candidates.filter((_, c) => (b * 7 + c * 13) % 5 === 0 || (b + c) % 11 === 0),
			count: 1
		}));
		const heavy = new WorkerPool({ ...tallyPoolOptions(), size: 1, queue: 0 });
		try {
			let settled = false;
			const counting = countOnWorker(
				'approval',
				{ candidates, ballots },
				{ seats: 4, rule: 'pav' },
				heavy
			).finally(() => (settled = true));
			counting.catch(() => {});
			// On the request thread the count would be over before the call returned.
			await new Promise((r) => setImmediate(r));
			expect(settled).toBe(false);
		} finally {
			await heavy.close();
		}
	});

	it('refuses at once with 503 and Retry-After when every thread and queue place is taken', async () => {
		const small = new WorkerPool({ ...tallyPoolOptions(), size: 1, queue: 1 });
		try {
			const first = recount({ method: 'stv-scottish' }, blt, small);
			const second = recount({ method: 'stv-scottish' }, blt, small);
			const third = await recount({ method: 'stv-scottish' }, blt, small).catch((e) => e);
			expect(third).toBeInstanceOf(PoolBusy);
			expect(third.status).toBe(503);
			await Promise.all([first, second]);

			const headers: Record<string, string> = {};
			const busy = [recount({}, blt, small), recount({}, blt, small)];
			const form = new FormData();
			form.set('method', 'stv-scottish');
			form.set('file', new File([blt], 'ballots.blt'));
			const answer = await tallyAction(
				new Request('http://localhost/tally', { method: 'POST', body: form }),
				(h) => Object.assign(headers, h),
				small
			);
			expect('status' in answer && answer.status).toBe(503);
			expect((answer as { data: { message: string } }).data.message).toMatch(/busy/);
			expect(Number(headers['retry-after'])).toBeGreaterThan(0);
			await Promise.allSettled(busy);
		} finally {
			await small.close();
		}
	});

	it('stops a job that runs past its time limit, and goes on counting', async () => {
		const strict = new WorkerPool({ ...tallyPoolOptions(), size: 1, queue: 1, timeoutMs: 1 });
		try {
			const err = await recount({ method: 'stv-scottish' }, blt, strict).catch((e) => e);
			expect(err).toBeInstanceOf(JobTimedOut);
			expect(strict.load).toEqual({ running: 0, waiting: 0 });
		} finally {
			await strict.close();
		}
		const form = new FormData();
		form.set('method', 'stv-scottish');
		form.set('file', new File([blt], 'ballots.blt'));
		const tooSlow = new WorkerPool({ ...tallyPoolOptions(), size: 1, queue: 1, timeoutMs: 1 });
		try {
			const answer = await tallyAction(
				new Request('http://localhost/tally', { method: 'POST', body: form }),
				undefined,
				tooSlow
			);
			expect('status' in answer && answer.status).toBe(413);
		} finally {
			await tooSlow.close();
		}
		expect(await recount({ method: 'stv-scottish' }, blt, pool)).toMatchObject({ candidates: 7 });
	});
});
