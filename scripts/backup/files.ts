import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { BackupError } from './errors';

export type BackupFormat = 'pg-custom' | 'pg-plain' | 'pglite';

/** `plenary-2026-12-02T22-05-31Z.dump`: sortable, and safe in every file system. */
export function defaultBackupName(extension: string, now = new Date()): string {
	const stamp = now
		.toISOString()
		.replace(/\.\d+Z$/, 'Z')
		.replace(/:/g, '-');
	return `plenary-${stamp}.${extension}`;
}

/**
 * Write through a temporary file renamed into place once complete, so a backup that fails half
 * way never leaves a file that looks like a backup.
 */
export async function writeAtomically(
	path: string,
	write: (temporary: string) => Promise<void>
): Promise<void> {
	const temporary = `${path}.partial`;
	try {
		await write(temporary);
		const fd = openSync(temporary, 'r+');
		fsyncSync(fd);
		closeSync(fd);
		renameSync(temporary, path);
	} catch (err) {
		rmSync(temporary, { force: true });
		throw err;
	}
}

/** What a backup file holds, from its first bytes (not its name, which anyone may change). */
export function formatOf(path: string): BackupFormat {
	let head: Buffer;
	try {
		const fd = openSync(path, 'r');
		head = Buffer.alloc(16);
		const n = readSync(fd, head, 0, head.length, 0);
		closeSync(fd);
		head = head.subarray(0, n);
	} catch (err) {
		throw new BackupError(`Cannot read ${path}: ${(err as Error).message}`);
	}
	if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg-custom';
	// The embedded database's backup is a gzip'd tar of its data folder.
	if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
	if (/^(--|SET |\s)/.test(head.toString('latin1'))) return 'pg-plain';
	throw new BackupError(
		`${path} is not a Plenary backup (neither a pg_dump file nor a PGlite one).`
	);
}
