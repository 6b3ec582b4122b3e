import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';

export class EmbeddedDatabaseError extends Error {}

type Ready = { socketDir: string; port: number };

/**
 * Start the embedded database in its own process (scripts/embedded-db.mjs) and wait until it
 * serves. Its own process keeps PGlite's work off the web server's event loop and gives it the
 * other core; the child holds the data folder's lock and exits when this process does.
 */
export function startEmbeddedDatabase(dataDir: string): Promise<Ready & { child: ChildProcess }> {
	const script = resolve(process.env.PLENARY_EMBEDDED_SCRIPT ?? 'scripts/embedded-db.mjs');
	const child = fork(script, [], {
		env: { ...process.env, PLENARY_DATA_DIR: dataDir },
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	return new Promise((resolvePromise, reject) => {
		child.once('message', (message: { ready?: Ready; error?: { message: string } }) => {
			if (message.ready) {
				// The child must not keep this process alive; it follows us out via 'disconnect'.
				child.unref();
				child.channel?.unref();
				resolvePromise({ ...message.ready, child });
			} else
				reject(new EmbeddedDatabaseError(message.error?.message ?? 'embedded database failed'));
		});
		child.once('exit', (code) =>
			reject(new EmbeddedDatabaseError(`embedded database exited with code ${code}`))
		);
	});
}

/**
 * Stop the embedded database and wait until it has closed its data folder and released the lock,
 * so whatever runs next (a restart, a backup) finds the folder free.
 */
export function stopEmbeddedDatabase(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolvePromise) => {
		child.once('exit', () => resolvePromise());
		// Stay alive until it has gone: it was unref'd so that it never kept us running.
		child.ref();
		// It stops when the channel closes (signals are ignored under a parent: see the script).
		if (child.connected) child.disconnect();
	});
}

/**
 * Resolves once the pool holds a connection the database accepted. The embedded database takes
 * one connection and frees its place a moment after the last holder has closed it: a connection
 * made within that moment (by a process taking over from one that has just finished with it) is
 * refused, and is tried again here. An answer from the database itself (a wrong password, say)
 * is not: it would be the same the next time. The wait is long because the database may still be
 * finishing the last holder's work: on a machine loaded by other processes, a start right after
 * the demo was seeded was once refused for more than ten seconds. It ends as soon as a connection
 * is accepted.
 */
export async function connectWhenFree(pool: pg.Pool, withinMs = 60_000): Promise<void> {
	const deadline = Date.now() + withinMs;
	for (;;) {
		try {
			await pool.query('select 1');
			return;
		} catch (err) {
			if (err instanceof pg.DatabaseError || Date.now() >= deadline) throw err;
			await new Promise((resolvePromise) => setTimeout(resolvePromise, 50));
		}
	}
}
