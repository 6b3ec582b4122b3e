/**
 * The demo organisation, created on a server's first start in a process of its own. Seeding
 * leaves tens of megabytes of native memory (allocator arenas, not the JS heap) to the process that
 * ran it, for as long as that process lives; a process that exits gives all of it back. Its log
 * lines go to the server's output.
 *
 * The same module is the process's entry point, as the counting thread's is
 * (workers/tally-worker.ts): in the production build the bundled chunk holding it is what the
 * child runs; under `vite dev` and Vitest it is TypeScript source, run through tsx (a development
 * dependency, which also reads the $lib alias from tsconfig.json).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openPool, type PoolTarget } from '$lib/server/db/client';
import { connectWhenFree } from '$lib/server/db/embedded';
import { seedDemoIfEmpty } from './demo';

/** Marks a process started to seed, so that loading this module anywhere else does nothing. */
const SEED_PROCESS_MARK = 'plenary-seed-demo';

export class DemoSeedError extends Error {}

/**
 * Create the demo organisation in the database at `target`, unless it has members, in a child
 * process; resolves once that process has finished and exited. On the embedded database, which
 * takes one connection, the caller holds none meanwhile.
 */
export function seedDemoInOwnProcess(target: PoolTarget): Promise<void> {
	const entry = fileURLToPath(import.meta.url);
	const child = fork(entry, [SEED_PROCESS_MARK], {
		execArgv: entry.endsWith('.ts') ? [...process.execArgv, '--import', 'tsx'] : process.execArgv,
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	return new Promise((resolve, reject) => {
		const failed = (why: string) =>
			reject(
				new DemoSeedError(
					`The demo organisation could not be created: ${why}. ` +
						'Set PLENARY_DEMO_SEED=never to start without it.'
				)
			);
		child.once('error', (err) => failed(err.message));
		child.once('exit', (code, signal) => {
			if (code === 0) resolve();
			else failed(`its process ended with ${signal ?? `code ${code}`} (see above)`);
		});
		// The address, and on PostgreSQL the password in it, travel over the channel, not in the
		// command line that anyone on the machine can read.
		child.send(target);
	});
}

async function seedAndExit(target: PoolTarget): Promise<never> {
	try {
		const connection = openPool(target);
		await connectWhenFree(connection.pool);
		console.log(`Creating the demo organisation in process ${process.pid}…`);
		await seedDemoIfEmpty(connection.db, { log: console.log });
		await connection.close();
	} catch (err) {
		console.error(`Seeding the demo organisation failed: ${briefly(err)}`);
		process.exit(1);
	}
	process.exit(0);
}

/**
 * What failed, and where. A failed query's error carries its statement and every parameter
 * (hundreds of thousands of characters for a batch of members): the database's own message,
 * which it holds as its cause, says what is needed.
 */
function briefly(err: unknown): string {
	if (!(err instanceof Error)) return String(err);
	const frames = (err.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
	return [err.cause instanceof Error ? err.cause.message : err.message, ...frames].join('\n');
}

if (process.argv[2] === SEED_PROCESS_MARK && process.send) {
	// The server that started us has gone: nobody is waiting for the demo any more.
	process.once('disconnect', () => process.exit(1));
	process.once('message', (target: PoolTarget) => void seedAndExit(target));
}
