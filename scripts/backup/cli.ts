import { ConfigError } from '../../src/lib/server/config';
import { BackupError } from './errors';

export type CliArgs = { files: string[]; flags: string[] };

/** Run a command-line task; a problem the operator can fix is one clear message and exit 1. */
export async function runCli(task: (args: CliArgs) => Promise<void>): Promise<void> {
	const argv = process.argv.slice(2);
	const args = {
		files: argv.filter((a) => !a.startsWith('--')),
		flags: argv.filter((a) => a.startsWith('--'))
	};
	try {
		// A .env file, when there is one, fills in what the environment does not set (as npm start).
		loadDotEnv();
		await task(args);
	} catch (err) {
		if (err instanceof BackupError || err instanceof ConfigError) {
			console.error((err as Error).message);
			process.exit(1);
		}
		throw err;
	}
}

function loadDotEnv() {
	try {
		process.loadEnvFile('.env');
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
	}
}

export function describeSize(bytes: number): string {
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} kB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
