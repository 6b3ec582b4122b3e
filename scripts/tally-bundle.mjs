// The tally command as one plain-JavaScript file, so it starts under bare `node` (no tsx, no
// TypeScript at run time). `npm run tally` and `npm run bench:tally` both use it.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folder = join(root, 'node_modules', '.cache', 'plenary-tally');
export const TALLY_BUNDLE = join(folder, 'tally.mjs');
const INPUTS = join(folder, 'inputs.json');

/**
 * The bundle, rebuilt when any file it was made from changed since: the list of inputs comes from
 * esbuild's metafile, so checking is a few dozen `stat` calls, not a hash of the sources.
 * @returns {Promise<string>} the bundle's path
 */
export async function tallyBundle() {
	if (!isFresh()) await buildBundle();
	return TALLY_BUNDLE;
}

function isFresh() {
	if (!existsSync(TALLY_BUNDLE) || !existsSync(INPUTS)) return false;
	const built = statSync(TALLY_BUNDLE).mtimeMs;
	/** @type {string[]} */
	const inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
	return inputs.every((file) => existsSync(file) && statSync(file).mtimeMs <= built);
}

async function buildBundle() {
	// Imported only here: loading esbuild costs more than a whole count of a small file.
	const { build } = await import('esbuild');
	mkdirSync(folder, { recursive: true });
	// Written beside and renamed into place: two commands (or test files) building at once never
	// run a half-written bundle.
	const temporary = `${TALLY_BUNDLE}.${process.pid}.${Date.now()}.tmp`;
	const result = await build({
		entryPoints: [join(root, 'scripts/tally.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		outfile: temporary,
		metafile: true,
		logLevel: 'error'
	});
	const inputs = Object.keys(result.metafile.inputs).map((file) => resolve(root, file));
	writeFileSync(`${INPUTS}.${process.pid}.tmp`, JSON.stringify(inputs));
	renameSync(`${INPUTS}.${process.pid}.tmp`, INPUTS);
	renameSync(temporary, TALLY_BUNDLE);
}
