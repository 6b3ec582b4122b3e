// `npm run seed:large -- --preset full|small|results|tiny`: build the large organisation in an empty database.
import { parseArgs } from 'node:util';
import { DatabaseNotEmpty, PRESETS, isPresetName, seedLarge } from '../src/lib/server/seed/large';
import { tallyPool } from '../src/lib/server/workers/tally';
import { withMigratedDatabase } from './script-runner';

const { values } = parseArgs({ options: { preset: { type: 'string' } } });
const preset = values.preset ?? (process.env.DATABASE_URL ? 'full' : 'small');
if (!isPresetName(preset)) {
	console.error(`Unknown preset "${preset}": use ${Object.keys(PRESETS).join(', ')}.`);
	process.exit(1);
}

await withMigratedDatabase(async (connection) => {
	console.log(`Building the large organisation (${preset})…`);
	try {
		await seedLarge(connection, preset, { print: console.log });
	} catch (err) {
		if (!(err instanceof DatabaseNotEmpty)) throw err;
		console.error(err.message);
		process.exitCode = 1;
	}
});
// Closing decisions counts them on worker threads, which would keep the process alive.
await tallyPool().close();
