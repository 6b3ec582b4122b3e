import { ConfigError } from '../src/lib/server/config';
import { EmbeddedDatabaseError } from '../src/lib/server/db/embedded';

/** Run a command-line task: known problems print one clear line and exit 1, without a stack trace. */
export async function runScript(task: () => Promise<void>): Promise<void> {
	try {
		await task();
	} catch (err) {
		if (err instanceof ConfigError || err instanceof EmbeddedDatabaseError) {
			console.error(err.message);
			process.exit(1);
		}
		throw err;
	}
}
