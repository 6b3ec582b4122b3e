// `npm run restore <file> [--force]`: load a backup made by `npm run backup` (docs/operations.md)
// into the configured database, which must be empty unless --force says to replace it.
import { readConfig } from '../src/lib/server/config';
import { restoreEmbedded } from './backup/embedded';
import { BackupError } from './backup/errors';
import { formatOf } from './backup/files';
import { restorePostgres } from './backup/postgres';
import { runCli } from './backup/cli';

await runCli(async (args) => {
	const unknown = args.flags.filter((f) => f !== '--force');
	if (args.files.length !== 1 || unknown.length > 0)
		throw new BackupError('Usage: npm run restore <file> [--force]');
	const [file] = args.files;
	const force = args.flags.includes('--force');
	const config = readConfig();
	const format = formatOf(file);
	const started = Date.now();
	if (format === 'pglite') {
		if (config.databaseUrl)
			throw new BackupError(
				`${file} is a backup of the embedded database: unset DATABASE_URL to restore it there.`
			);
		const kept = await restoreEmbedded(config.dataDir, file, force);
		if (kept) console.log(`The database it replaced is kept in ${kept}.`);
	} else {
		if (!config.databaseUrl)
			throw new BackupError(
				`${file} is a PostgreSQL dump: set DATABASE_URL to the database to restore it into.`
			);
		await restorePostgres(config.databaseUrl, file, format, force);
	}
	console.log(
		`Restored ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s. ` +
			'Start the server: it brings the database up to this version (migrations).'
	);
});
