import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIsCurrent, hashInputs } from '../../scripts/source-hash.mjs';
import { BUILD_DIR } from './support/server';

/**
 * Build the app once into a folder of its own, unless it is already built from these sources.
 * The browser tests build under the same lock, so two builds never run at once.
 * PLENARY_RELIABILITY_BUILD names a build to use as it is (CI's, made for the browser tests).
 */
export default function setup() {
	if (process.env.PLENARY_RELIABILITY_BUILD) {
		if (!existsSync(join(BUILD_DIR, 'index.js'))) throw new Error(`no build in ${BUILD_DIR}`);
		return;
	}
	if (buildIsCurrent(BUILD_DIR)) return;
	const hash = hashInputs();
	const result = spawnSync(
		'flock',
		[
			'/tmp/e2e.lock',
			process.execPath,
			'node_modules/vite/bin/vite.js',
			'build',
			'--logLevel',
			'warn'
		],
		{
			stdio: 'inherit',
			env: {
				...process.env,
				PLENARY_BUILD_DIR: BUILD_DIR,
				PLENARY_KIT_DIR: '.svelte-kit-reliability'
			}
		}
	);
	if (result.status !== 0) throw new Error(`the build failed (exit code ${result.status})`);
	writeFileSync(join(BUILD_DIR, '.source-hash'), hash);
}
