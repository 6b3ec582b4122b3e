// What a build is made from, hashed: `npm start` and the reliability tests rebuild only when it
// changed since the build they find (the hash is kept in the build folder as .source-hash).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = [
	'src',
	'static',
	'messages',
	'drizzle',
	'project.inlang/settings.json',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];

/** @returns {string} */
export function hashInputs() {
	const hash = createHash('sha256');
	/** @param {string} path */
	const visit = (path) => {
		if (!existsSync(path) || path === join('src', 'lib', 'paraglide')) return;
		if (statSync(path).isDirectory()) {
			for (const entry of readdirSync(path).sort()) visit(join(path, entry));
		} else {
			hash.update(path).update(readFileSync(path));
		}
	};
	INPUTS.forEach(visit);
	return hash.digest('hex');
}

/** @param {string} buildDir  @returns {boolean} */
export function buildIsCurrent(buildDir) {
	const stamp = join(buildDir, '.source-hash');
	return (
		existsSync(join(buildDir, 'index.js')) &&
		existsSync(stamp) &&
		readFileSync(stamp, 'utf8').trim() === hashInputs()
	);
}
