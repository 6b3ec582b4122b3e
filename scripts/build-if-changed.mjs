// Builds the production server into `build` (or PLENARY_BUILD_DIR, where svelte.config.js puts it)
// when it is missing or older than the sources (a hash of them is kept beside the build), as
// `npm start` and `npm run bench` need it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashInputs } from './source-hash.mjs';

export function buildIfChanged() {
	const started = Date.now();
	const out = process.env.PLENARY_BUILD_DIR ?? 'build';
	const stamp = join(out, '.source-hash');
	const current = hashInputs();
	const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
	if (built === current && existsSync(join(out, 'index.js'))) return;
	console.log(
		built ? 'Sources changed since the last build: building…' : 'No build yet: building…'
	);
	// The build's own output (the bundler's notes, a hint to run `vite preview`, which is not how
	// Plenary is served) is shown only when the build fails.
	const result = spawnSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
	if (result.status !== 0) {
		process.stdout.write(result.stdout ?? '');
		process.stderr.write(result.stderr ?? '');
		process.exit(result.status ?? 1);
	}
	writeFileSync(stamp, current);
	console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
