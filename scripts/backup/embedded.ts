import { existsSync, readdirSync, readFileSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { writeFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireLock } from '../embedded-db.mjs';
import { BackupError } from './errors';

/**
 * The embedded database serves one process at a time: its folder is locked by the server while
 * it runs. Backing up or restoring takes that lock too, and says plainly what holds it.
 */
function lockDataFolder(dataDir: string): () => void {
	try {
		return acquireLock(dataDir);
	} catch (caught) {
		const err = caught as NodeJS.ErrnoException;
		if (err.code !== 'PLENARY_LOCKED') throw err;
		const pid = readFileSync(join(dataDir, 'plenary.lock'), 'utf8').trim();
		throw new BackupError(
			`The embedded database in ${dataDir} is open in another process (pid ${pid}), most likely ` +
				'the running server. The embedded database serves one process at a time: stop the ' +
				'server, run this again, then start the server. (On PostgreSQL, backups run while the ' +
				'app serves.)'
		);
	}
}

const pgdataOf = (dataDir: string) => join(dataDir, 'pgdata');

/** The data folder as a gzip'd tarball (PGlite's own format, loaded back by `restoreEmbedded`). */
export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
	const folder = resolve(dataDir);
	if (!existsSync(pgdataOf(folder)))
		throw new BackupError(
			`There is no embedded database in ${folder} to back up (PLENARY_DATA_DIR, or set DATABASE_URL).`
		);
	const release = lockDataFolder(folder);
	try {
		const db = await PGlite.create(pgdataOf(folder));
		try {
			const dump = await db.dumpDataDir('gzip');
			await writeFile(file, Buffer.from(await dump.arrayBuffer()));
		} finally {
			await db.close();
		}
	} finally {
		release();
	}
}

async function tableCount(pgdata: string): Promise<number> {
	const db = await PGlite.create(pgdata);
	try {
		const { rows } = await db.query<{ n: number }>(
			`select count(*)::int as n from pg_tables
			 where schemaname not in ('pg_catalog', 'information_schema')`
		);
		return rows[0].n;
	} finally {
		await db.close();
	}
}

/**
 * Load a backup into the data folder. A database with tables is replaced only with `force`, and
 * even then kept beside it (`pgdata.replaced-…`) until the operator removes it.
 * Returns where the replaced database was kept, if there was one.
 */
export async function restoreEmbedded(
	dataDir: string,
	file: string,
	force: boolean
): Promise<string | null> {
	const folder = resolve(dataDir);
	mkdirSync(folder, { recursive: true });
	const release = lockDataFolder(folder);
	const pgdata = pgdataOf(folder);
	let keptAt: string | null = null;
	try {
		if (existsSync(pgdata) && readdirSync(pgdata).length > 0) {
			const tables = await tableCount(pgdata);
			if (tables > 0 && !force)
				throw new BackupError(
					`The embedded database in ${folder} already holds ${tables} tables. Restore into an ` +
						'empty data folder (PLENARY_DATA_DIR), or add --force to replace it (the old one is kept beside it).'
				);
			if (tables > 0) {
				keptAt = `${pgdata}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
				renameSync(pgdata, keptAt);
			} else {
				rmSync(pgdata, { recursive: true, force: true });
			}
		}
		try {
			const db = await PGlite.create(pgdata, {
				loadDataDir: new Blob([await readFile(file)])
			});
			await db.query('select 1');
			await db.close();
		} catch (err) {
			// Leave the folder as it was: no half-loaded database, the old one back in place.
			rmSync(pgdata, { recursive: true, force: true });
			if (keptAt) renameSync(keptAt, pgdata);
			throw new BackupError(`Could not load ${file}: ${(err as Error).message}`);
		}
		return keptAt;
	} finally {
		release();
	}
}
