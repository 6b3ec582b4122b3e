import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { acquireLock } from '../../scripts/embedded-db.mjs';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const freshDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'plenary-lock-'));
	dirs.push(dir);
	return dir;
};

it('refuses a second process on the same data folder while the first is alive', () => {
	const dir = freshDir();
	// Pretend the lock belongs to another live process: our parent.
	writeFileSync(join(dir, 'plenary.lock'), String(process.ppid));
	expect(() => acquireLock(dir)).toThrow(/in use by another Plenary process/);
});

it('takes over a lock left by a process that is gone', () => {
	const dir = freshDir();
	writeFileSync(join(dir, 'plenary.lock'), '999999999');
	const release = acquireLock(dir);
	expect(() => acquireLock(dir)).not.toThrow(/in use/);
	release();
});
