// `npm run db:migrate`: apply the committed migrations to the configured database.
import { readConfig } from '../src/lib/server/config';
import { openPool } from '../src/lib/server/db/client';
import { startEmbeddedDatabase } from '../src/lib/server/db/embedded';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import { runScript } from './script-runner';

await runScript(async () => {
	const config = readConfig();
	const embedded = config.databaseUrl ? null : await startEmbeddedDatabase(config.dataDir);
	const connection = embedded
		? openPool({ socketDir: embedded.socketDir, port: embedded.port })
		: openPool({ url: config.databaseUrl!, max: 1 });
	try {
		await migrateDatabase(connection.pool);
		console.log('Migrations applied.');
	} finally {
		await connection.close();
		embedded?.child.kill('SIGTERM');
	}
});
