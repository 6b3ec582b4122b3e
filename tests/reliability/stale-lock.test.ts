import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { acquireLock } from '../../scripts/embedded-db.mjs';
import { isAlive } from './support/server';

/**
 * A process that has exited but is not reaped: a short `sleep` in the background of a shell that
 * then becomes `sleep 30`, which never waits for it. The child outlives the shell's `exec` (with
 * `sleep 0` a busy machine let the shell reap it first). What a database process killed along
 * with its server is until its new parent reaps it.
 */
async function zombie(): Promise<{ pid: number; stop: () => void }> {
	const parent = spawn('sh', ['-c', 'sleep 0.3 & echo $!; exec sleep 30'], {
		stdio: ['ignore', 'pipe', 'ignore']
	});
	const pid = await new Promise<number>((resolve) =>
		parent.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())))
	);
	while (isAlive(pid)) await new Promise((r) => setTimeout(r, 20));
	return { pid, stop: () => parent.kill('SIGKILL') };
}

it('takes over a lock held by a database process that was killed and not yet reaped', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'plenary-lock-'));
	const dead = await zombie();
	try {
		// The zombie still answers "exists" to kill(pid, 0): that alone kept a restart out.
		expect(() => process.kill(dead.pid, 0)).not.toThrow();
		writeFileSync(join(dir, 'plenary.lock'), String(dead.pid));
		const release = acquireLock(dir);
		release();
	} finally {
		dead.stop();
		rmSync(dir, { recursive: true, force: true });
	}
});
