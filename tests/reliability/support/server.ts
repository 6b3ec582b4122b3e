import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The build the reliability tests run (global-setup.ts makes it). */
export const BUILD_DIR = process.env.PLENARY_RELIABILITY_BUILD ?? 'build-reliability';

export type Server = {
	url: string;
	process: ChildProcess;
	output: () => string;
	/** Resolves with how the process ended. */
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/**
 * Start the built server as an operator would (`node build`), in a process group of its own so
 * that a test can signal the group as a terminal's Ctrl-C does. Resolves once it answers.
 */
export async function startServer(options: {
	port: number;
	dataDir: string;
	databaseUrl?: string;
	/** More environment, e.g. SMTP_URL for a test's own SMTP server. */
	env?: Record<string, string>;
}): Promise<Server> {
	const url = `http://127.0.0.1:${options.port}`;
	// As the app is served (npm start): the kept-page listener in front of the build.
	const child = spawn(process.execPath, ['scripts/serve.mjs'], {
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: {
			...process.env,
			PORT: String(options.port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			NODE_ENV: 'production',
			PLENARY_BUILD_DIR: BUILD_DIR,
			PLENARY_DATA_DIR: options.dataDir,
			DATABASE_URL: options.databaseUrl ?? '',
			SMTP_URL: '',
			// The demo organisation gives the tests members who may vote and comment.
			PLENARY_DEMO_SEED: 'auto',
			...options.env
		}
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		child.once('exit', (code, signal) => resolve({ code, signal }))
	);
	const server = { url, process: child, output: () => output, exited };
	const deadline = Date.now() + 120_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null)
			throw new Error(`the server exited early:\n${output}`);
		try {
			if ((await fetch(url)).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	child.kill('SIGKILL');
	throw new Error(`the server did not answer in time:\n${output}`);
}

/** The embedded database's process: its pid is in the lock it holds on the data folder. */
export function embeddedDatabasePid(dataDir: string): number | null {
	const lock = join(dataDir, 'plenary.lock');
	return existsSync(lock) ? Number(readFileSync(lock, 'utf8').trim()) : null;
}

/** Is the process running (a zombie, dead but not yet reaped by its new parent, is not)? */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch {
		return false;
	}
	try {
		return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
	} catch {
		return false;
	}
}

/** Wait until a process killed by a signal has gone (the kernel takes a moment). */
export async function gone(pid: number): Promise<boolean> {
	const deadline = Date.now() + 30_000;
	while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
	return !isAlive(pid);
}
