// `npm run backup [file]`: a backup of the configured database (docs/operations.md).
// PostgreSQL: a pg_dump archive, taken while the app serves. The embedded database: its data
// folder as a tarball, taken while the server is stopped (the folder is locked while it runs).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../src/lib/server/config';
import { backupEmbedded } from './backup/embedded';
import { BackupError } from './backup/errors';
import { defaultBackupName, writeAtomically } from './backup/files';
import { backupPostgres } from './backup/postgres';
import { describeSize, runCli } from './backup/cli';

await runCli(async (args) => {
	if (args.flags.length > 0 || args.files.length > 1)
		throw new BackupError('Usage: npm run backup [file]');
	const config = readConfig();
	const file = args.files[0] ?? defaultBackupName(config.databaseUrl ? 'dump' : 'pglite.tar.gz');
	const started = Date.now();
	await writeAtomically(file, (temporary) =>
		config.databaseUrl
			? backupPostgres(config.databaseUrl, temporary)
			: backupEmbedded(config.dataDir, temporary)
	);
	const what = config.databaseUrl ? 'PostgreSQL database' : `embedded database (${config.dataDir})`;
	console.log(
		`Backed up the ${what} to ${file}: ${describeSize(statSync(file).size)} in ` +
			`${((Date.now() - started) / 1000).toFixed(1)} s.`
	);
	if (config.media.kind === 'folder' && existsSync(join(config.dataDir, 'media')))
		console.log(`Uploaded images are not in it: copy ${config.dataDir}/media as well.`);
});
