import { ConfigError, readConfig } from '../src/lib/server/config';
import { openPool, type Connection } from '../src/lib/server/db/client';
import {
	EmbeddedDatabaseError,
	startEmbeddedDatabase,
	stopEmbeddedDatabase
} from '../src/lib/server/db/embedded';
import { migrateDatabase } from '../src/lib/server/db/migrate';

/**
 * Run a command-line task on the configured database (PostgreSQL, or the embedded one, which
 * this process then locks), migrated first. Known problems print one clear line and exit 1.
 */
export async function withMigratedDatabase(
	task: (connection: Connection) => Promise<void>
): Promise<void> {
	try {
		const config = readConfig();
		const embedded = config.databaseUrl ? null : await startEmbeddedDatabase(config.dataDir);
		const connection = embedded
			? openPool({ socketDir: embedded.socketDir, port: embedded.port })
			: openPool({ url: config.databaseUrl!, max: 1 });
		try {
			await migrateDatabase(connection.pool);
			await task(connection);
		} finally {
			await connection.close();
			if (embedded) await stopEmbeddedDatabase(embedded.child);
		}
	} catch (err) {
		if (err instanceof ConfigError || err instanceof EmbeddedDatabaseError) {
			console.error(err.message);
			process.exit(1);
		}
		throw err;
	}
}
