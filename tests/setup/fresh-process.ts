/**
 * Runs before each test file. The unit suites run all their files in one process (Vitest's
 * `isolate: false`: modules load once, which halves the suites' time), so each file starts here
 * from what the process had before any file ran: the same environment variables (a file may set
 * PLENARY_LIMIT_SCALE for itself), nothing remembered about another file's database, and the
 * message runtime's own way of finding the language (a file may replace it, or give it the
 * server's per-request store, for its own tests).
 */
import { resetProcessState } from '$lib/server/process-state';
import {
	getLocale,
	overwriteGetLocale,
	overwriteServerAsyncLocalStorage
} from '$lib/paraglide/runtime.js';

const first = globalThis as {
	plenaryTestEnv?: NodeJS.ProcessEnv;
	plenaryGetLocale?: typeof getLocale;
};
first.plenaryTestEnv ??= { ...process.env };
first.plenaryGetLocale ??= getLocale;
overwriteGetLocale(first.plenaryGetLocale);
overwriteServerAsyncLocalStorage(undefined);
for (const key of Object.keys(process.env))
	if (!(key in first.plenaryTestEnv)) delete process.env[key];
Object.assign(process.env, first.plenaryTestEnv);
resetProcessState();
