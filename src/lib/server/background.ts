/**
 * A worker that drains a queue in the database: `kick()` after a write runs it now, a timer runs it
 * now and then (for rows another process wrote, or retries that came due), and it never runs
 * twice at once in one process. Several processes may run it together: the queue's rows are
 * claimed with `for update skip locked`, so each row is worked on once.
 */
export type BackgroundWorker = {
	kick: () => void;
	/** Run until the queue is empty (tests, and shutdown). */
	flush: () => Promise<void>;
	stop: () => Promise<void>;
};

export function backgroundWorker(
	name: string,
	/** Work one batch; return how many rows it took (0 when the queue is empty). */
	batch: () => Promise<number>,
	pollMs: number,
	/**
	 * How long kicks that came while the worker ran gather before it runs again. A kick on an idle
	 * worker runs it at once; under a stream of writes (a vote closing, with thousands of ballots a
	 * second) each run then takes what many writes queued, instead of a run of its own statements
	 * for every few of them (docs/performance.md).
	 */
	gatherMs = 0
): BackgroundWorker {
	let running: Promise<void> | null = null;
	let again = false;
	let hurry = false;
	let stopped = false;

	function run(): Promise<void> {
		if (stopped) return Promise.resolve();
		if (running) {
			again = true;
			return running;
		}
		running = (async () => {
			do {
				again = false;
				hurry = false;
				try {
					while ((await batch()) > 0 && !stopped);
				} catch (err) {
					console.error(`${name} failed:`, err instanceof Error ? err.message : err);
				}
				if (again && gatherMs && !hurry && !stopped)
					await new Promise((r) => setTimeout(r, gatherMs));
			} while (again && !stopped);
			running = null;
		})();
		return running;
	}

	const timer = setInterval(run, pollMs);
	timer.unref();
	return {
		kick: () => void run(),
		flush: () => {
			// Whoever waits for the queue to empty does not wait for kicks to gather.
			hurry = true;
			return run();
		},
		stop: async () => {
			clearInterval(timer);
			stopped = true;
			await running;
		}
	};
}
