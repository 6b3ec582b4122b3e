import { eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { scheduledJobs } from '$lib/server/db/schema';

/**
 * A small scheduler for periodic jobs, the same on PGlite and PostgreSQL. Each job is a row in
 * `scheduled_jobs` (when it is next due, and a lease). A tick claims due jobs in one statement
 * with `for update skip locked`, moving `run_at` on by the interval and taking a lease, then runs
 * them outside any transaction. So:
 * - among several app processes only one claims a given run (the others skip the locked row and
 *   then see it is no longer due);
 * - state lives in the database, so a restart resumes where it was; a process that dies in a job
 *   leaves a lease that expires, and the job runs again at its next time (jobs are idempotent).
 */
export type Job = {
	name: string;
	intervalSeconds: number;
	/** Longest a run may take before another process may start it again. */
	leaseSeconds?: number;
	run: (db: Db) => Promise<unknown>;
};

export type Scheduler = { tick: () => Promise<string[]>; stop: () => Promise<void> };

/** Add the jobs' rows if missing (first run: due now); intervals follow the code. */
export async function registerJobs(db: Db, jobs: Job[]) {
	for (const job of jobs)
		await db
			.insert(scheduledJobs)
			.values({ name: job.name, intervalSeconds: job.intervalSeconds })
			.onConflictDoUpdate({
				target: scheduledJobs.name,
				set: { intervalSeconds: job.intervalSeconds }
			});
}

/** Claim the due jobs among these names; returns the names this process may now run. */
export async function claimDueJobs(db: Db, jobs: Job[]): Promise<string[]> {
	const names = jobs.map((j) => j.name);
	if (!names.length) return [];
	const lease = Math.max(...jobs.map((j) => j.leaseSeconds ?? 600));
	const claimed = await db.execute<{ name: string }>(sql`
		update scheduled_jobs
		set run_at = now() + make_interval(secs => interval_seconds),
			leased_until = now() + make_interval(secs => ${lease}),
			last_started_at = now()
		where name in (
			select name from scheduled_jobs
			where run_at <= now() and (leased_until is null or leased_until < now())
				and name in (${sql.join(
					names.map((n) => sql`${n}`),
					sql`, `
				)})
			order by run_at
			for update skip locked)
		returning name`);
	return claimed.rows.map((r) => r.name);
}

async function runClaimed(db: Db, job: Job) {
	let failure: string | null = null;
	try {
		await job.run(db);
	} catch (err) {
		failure = err instanceof Error ? err.message : String(err);
		console.error(`[scheduler] ${job.name} failed:`, err);
	}
	await db
		.update(scheduledJobs)
		.set({ leasedUntil: null, lastFinishedAt: sql`now()`, lastError: failure })
		.where(eq(scheduledJobs.name, job.name));
}

/** Start ticking every `tickMs`; `tick()` can also be called directly (tests). */
export function startScheduler(db: Db, jobs: Job[], { tickMs = 60_000 } = {}): Scheduler {
	let stopped = false;
	let running: Promise<string[]> | null = null;
	const registered = registerJobs(db, jobs);

	async function tick(): Promise<string[]> {
		await registered;
		const names = await claimDueJobs(db, jobs);
		for (const name of names) {
			if (stopped) break;
			await runClaimed(
				db,
				jobs.find((j) => j.name === name)!
			);
		}
		return names;
	}
	const guarded = () => {
		if (stopped || running) return running ?? Promise.resolve([]);
		running = tick()
			.catch((err) => {
				console.error('[scheduler] tick failed:', err instanceof Error ? err.message : err);
				return [] as string[];
			})
			.finally(() => (running = null));
		return running;
	};
	const timer = setInterval(guarded, tickMs);
	timer.unref?.();
	// First tick soon after start, not at once: let the first requests through.
	const first = setTimeout(guarded, Math.min(tickMs, 5_000));
	first.unref?.();
	return {
		tick: guarded,
		stop: async () => {
			stopped = true;
			clearInterval(timer);
			clearTimeout(first);
			await running;
		}
	};
}
