/**
 * Runs before each test file. The unit suites run all their files in one process (Vitest's
 * `isolate: false`: modules load once, which halves the suites' time), so each file starts here
 * from what the process had before any file ran: the same environment variables (a file may set
 * PLENARY_LIMIT_SCALE for itself) and nothing remembered about another file's database.
 */
import { resetProcessState } from '$lib/server/process-state';

const first = globalThis as { plenaryTestEnv?: NodeJS.ProcessEnv };
first.plenaryTestEnv ??= { ...process.env };
for (const key of Object.keys(process.env))
	if (!(key in first.plenaryTestEnv)) delete process.env[key];
Object.assign(process.env, first.plenaryTestEnv);
resetProcessState();
