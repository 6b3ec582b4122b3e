/**
 * What a process remembers between requests (settings read a few seconds ago, whether the
 * installation is set up, pages kept for visitors) assumes one database for the life of the
 * process. The tests break that assumption on purpose: one process runs many test files, each on
 * a database of its own. Each such memory registers how to forget itself here, and the tests'
 * setup forgets them all before each file, so no file reads what another one left.
 */
const forgetters = new Set<() => void>();

/** Called once by a module that remembers something about its database. */
export function forgetOnReset(forget: () => void): void {
	forgetters.add(forget);
}

/** Forget everything remembered about the database (before each test file). */
export function resetProcessState(): void {
	for (const forget of forgetters) forget();
}
