import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedChecksums, postgresChecksums } from './support/checksums';
import { freshPostgres, postgresAvailable } from './support/postgres';
import { runScript } from './support/scripts';

const folders: string[] = [];
const folder = (name: string) => {
	const path = mkdtempSync(join(tmpdir(), `plenary-${name}-`));
	folders.push(path);
	return path;
};
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** Time a script, and say how long it took and how big a file it made (the figures in the docs). */
async function timed(label: string, script: string, args: string[], env: Record<string, string>) {
	const started = Date.now();
	const result = await runScript(script, args, env);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	const file = args.find((a) => !a.startsWith('--'));
	const size = file && existsSync(file) ? `, ${(statSync(file).size / 1024).toFixed(0)} kB` : '';
	console.log(`${label}: ${seconds} s${label.startsWith('backup') ? size : ''}`);
	return result;
}

/** Seed the demo into `from`, back it up into `file`, restore that into `to`: all must succeed. */
async function roundTrip(
	label: string,
	file: string,
	from: Record<string, string>,
	to: Record<string, string>
) {
	const seeded = await runScript('scripts/seed-demo.ts', [], from);
	expect(seeded.code, seeded.stderr).toBe(0);
	const backup = await timed(`backup (${label}, demo)`, 'scripts/backup.ts', [file], from);
	expect(backup.code, backup.stderr).toBe(0);
	const restore = await timed(`restore (${label}, demo)`, 'scripts/restore.ts', [file], to);
	expect(restore.code, restore.stderr).toBe(0);
}

describe('backup and restore of the embedded database', () => {
	const source = folder('source');
	const target = folder('target');
	const file = join(folder('backups'), 'demo.pglite.tar.gz');
	const embedded = (dataDir: string) => ({ PLENARY_DATA_DIR: dataDir, DATABASE_URL: '' });

	it('round-trips the demo organisation: same rows, same checksum in every table', async () => {
		await roundTrip('PGlite', file, embedded(source), embedded(target));

		const before = await embeddedChecksums(source);
		expect(before['public.members'].rows).toBeGreaterThan(1000);
		expect(await embeddedChecksums(target)).toEqual(before);
	});

	it('refuses to restore over a database with tables, unless --force (which keeps the old one)', async () => {
		const refused = await runScript('scripts/restore.ts', [file], embedded(target));
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(/already holds \d+ tables.*--force/s);
		expect(readdirSync(target).filter((f) => f.startsWith('pgdata.replaced'))).toEqual([]);

		const forced = await runScript('scripts/restore.ts', [file, '--force'], embedded(target));
		expect(forced.code, forced.stderr).toBe(0);
		expect(readdirSync(target).filter((f) => f.startsWith('pgdata.replaced'))).toHaveLength(1);
		expect(await embeddedChecksums(target)).toEqual(await embeddedChecksums(source));
	});

	it('refuses, saying why, while another process (the server) has the database open', async () => {
		// The lock names a live process: this test's own.
		writeFileSync(join(source, 'plenary.lock'), String(process.pid));
		try {
			const other = join(folder('backups'), 'locked.tar.gz');
			const refused = await runScript('scripts/backup.ts', [other], embedded(source));
			expect(refused.code).toBe(1);
			expect(refused.stderr).toMatch(/open in another process .*stop the server/s);
			expect(existsSync(other)).toBe(false);
			expect(existsSync(`${other}.partial`)).toBe(false);
		} finally {
			rmSync(join(source, 'plenary.lock'));
		}
	});

	it('refuses a file that is no backup', async () => {
		const junk = join(folder('backups'), 'junk.dump');
		writeFileSync(junk, 'not a backup');
		const refused = await runScript('scripts/restore.ts', [junk], embedded(folder('empty')));
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(/not a Plenary backup/);
	});
});

describe.runIf(await postgresAvailable())('backup and restore of PostgreSQL', () => {
	it('round-trips the demo organisation through pg_dump: same rows, same checksums; refuses a non-empty database unless --force', async () => {
		const source = await freshPostgres();
		const target = await freshPostgres();
		const file = join(folder('backups'), 'demo.dump');
		try {
			await roundTrip(
				'PostgreSQL',
				file,
				{ DATABASE_URL: source.url },
				{ DATABASE_URL: target.url }
			);
			const before = await postgresChecksums(source.url);
			expect(before['public.members'].rows).toBeGreaterThan(1000);
			expect(await postgresChecksums(target.url)).toEqual(before);

			const refused = await runScript('scripts/restore.ts', [file], { DATABASE_URL: target.url });
			expect(refused.code).toBe(1);
			expect(refused.stderr).toMatch(/already holds \d+ tables.*--force/s);

			const forced = await runScript('scripts/restore.ts', [file, '--force'], {
				DATABASE_URL: target.url
			});
			expect(forced.code, forced.stderr).toBe(0);
			expect(await postgresChecksums(target.url)).toEqual(before);
		} finally {
			await source.drop();
			await target.drop();
		}
	});
});
