// Serves an embedded PGlite database over the PostgreSQL wire protocol on a unix socket,
// so the app talks to it with the same `pg` driver it uses for PostgreSQL, and PGlite's
// single-threaded WASM engine runs in this process instead of on the web server's thread.
//
// Run by the app as a child process (see src/lib/server/db/embedded.ts); it reports
// `{ ready: { socketDir, port } }` over IPC and exits when its parent disconnects or goes away.
// Tests import startEmbeddedServer() to run one in-process on an in-memory database.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import {
	mkdirSync,
	mkdtempSync,
	openSync,
	readFileSync,
	rmSync,
	writeFileSync,
	closeSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PORT = 5432;
// A unix socket path is limited to about 107 bytes; leave room for ".s.PGSQL.5432".
const MAX_SOCKET_DIR = 90;

/**
 * Take an exclusive lock on the data folder: two processes on one PGlite folder corrupt it.
 * @param {string} dataDir
 * @returns {() => void} releases the lock
 */
export function acquireLock(dataDir) {
	const lockPath = join(dataDir, 'plenary.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(lockPath, 'wx');
			writeFileSync(fd, String(process.pid));
			closeSync(fd);
			return () => rmSync(lockPath, { force: true });
		} catch (caught) {
			const err = /** @type {NodeJS.ErrnoException} */ (caught);
			if (err.code !== 'EEXIST') throw err;
			const pid = Number(readFileSync(lockPath, 'utf8').trim());
			if (pid && pid !== process.pid && isAlive(pid)) {
				const e = /** @type {NodeJS.ErrnoException} */ (
					new Error(
						`The data folder ${dataDir} is in use by another Plenary process (pid ${pid}). ` +
							'Stop that process, or set PLENARY_DATA_DIR to another folder.'
					)
				);
				e.code = 'PLENARY_LOCKED';
				throw e;
			}
			// The process that held it is gone: the lock is stale.
			rmSync(lockPath, { force: true });
		}
	}
	throw new Error(`Could not lock ${dataDir}`);
}

/** @param {number} pid */
function isAlive(pid) {
	try {
		process.kill(pid, 0);
	} catch (err) {
		return /** @type {NodeJS.ErrnoException} */ (err).code === 'EPERM';
	}
	// A database process killed with its server is a zombie until someone reaps it: it holds
	// nothing any more, and a restart right after the crash must not wait for it.
	try {
		return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()?.[0] !== 'Z';
	} catch {
		return true;
	}
}

/**
 * Start PGlite and its socket server. It takes one connection (the app's): PGlite runs one
 * session, so a second connection's statements would run inside the first one's transactions.
 * `connections` allows more, for a benchmark that reads beside the app (bench/pages.ts).
 * @param {{ dataDir?: string, loadDataDir?: Blob, connections?: number }} options  no dataDir = in memory
 */
export async function startEmbeddedServer(options = {}) {
	let release = () => {};
	let dbPath;
	if (options.dataDir) {
		const dataDir = resolve(options.dataDir);
		mkdirSync(dataDir, { recursive: true });
		release = acquireLock(dataDir);
		dbPath = join(dataDir, 'pgdata');
	}
	const socketDir =
		options.dataDir && resolve(options.dataDir).length <= MAX_SOCKET_DIR
			? resolve(options.dataDir)
			: mkdtempSync(join(tmpdir(), 'plenary-db-'));
	const ownsSocketDir = socketDir !== (options.dataDir && resolve(options.dataDir));
	const socketPath = join(socketDir, `.s.PGSQL.${PORT}`);
	rmSync(socketPath, { force: true });

	const db = await PGlite.create(
		dbPath,
		options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}
	);
	const server = new PGLiteSocketServer({
		db,
		path: socketPath,
		maxConnections: options.connections ?? 1
	});
	await server.start();

	let stopped = false;
	async function stop() {
		if (stopped) return;
		stopped = true;
		await server.stop();
		await db.close();
		rmSync(socketPath, { force: true });
		if (ownsSocketDir) rmSync(socketDir, { recursive: true, force: true });
		release();
	}
	return { db, socketDir, port: PORT, stop };
}

async function main() {
	const dataDir = process.env.PLENARY_DATA_DIR || 'data';
	let handle;
	try {
		// Only the benchmarks ask for more than the app's one connection (see startEmbeddedServer).
		const connections = Number(process.env.PLENARY_EMBEDDED_CONNECTIONS) || 1;
		handle = await startEmbeddedServer({ dataDir, connections });
	} catch (caught) {
		const err = /** @type {NodeJS.ErrnoException} */ (caught);
		process.send?.({
			error: { code: err.code ?? 'PLENARY_EMBEDDED_FAILED', message: err.message }
		});
		process.exit(1);
	}
	const shutdown = async () => {
		try {
			await handle.stop();
		} catch (err) {
			console.error('embedded database did not close cleanly:', err);
			process.exit(1);
		}
		process.exit(0);
	};
	// The parent stops us by closing the IPC channel, after its last request has finished; if it
	// dies, the channel closes too. A Ctrl-C or a service manager's SIGTERM reaches the whole
	// process group at once: under a parent, wait for it instead of closing the database under
	// the requests it is still finishing.
	process.on('disconnect', shutdown);
	const onSignal = process.send ? () => {} : shutdown;
	process.on('SIGTERM', onSignal);
	process.on('SIGINT', onSignal);
	process.send?.({ ready: { socketDir: handle.socketDir, port: handle.port } });
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
	main();
}
