import { tmpdir } from 'node:os';
import { join } from 'node:path';

const basePort = Number(process.env.E2E_PORT ?? 4317);
const baseSmtpPort = Number(process.env.E2E_SMTP_PORT ?? 4325);

/**
 * Where the browser tests of one worker find their app and the mail it sent. Each Playwright
 * worker has an app, a database and an SMTP server of its own (global-setup.ts starts one set per
 * worker), so workers never see each other's data and run side by side.
 */
export function e2eFor(index: number) {
	const appPort = basePort + index;
	const smtpPort = baseSmtpPort + index;
	return {
		appPort,
		smtpPort,
		// A host name, not an address: WebAuthn (passkeys.spec.ts) refuses IP addresses as a site.
		baseURL: `http://localhost:${appPort}`,
		mailFolder: join(tmpdir(), `plenary-e2e-mail-${appPort}`),
		dataDir: join(tmpdir(), `plenary-e2e-data-${appPort}`),
		// Everyone the journeys signed up on this app, one JSON line each (support/accounts.ts).
		peopleFile: join(tmpdir(), `plenary-e2e-people-${appPort}.jsonl`)
	};
}

/**
 * This worker's set. Playwright numbers its workers 0…workers-1 in TEST_PARALLEL_INDEX before it
 * loads the config and the tests in them; the main process (global setup) has none.
 */
export const E2E = e2eFor(Number(process.env.TEST_PARALLEL_INDEX ?? 0));

/**
 * How many workers, and so how many apps: one unless E2E_WORKERS says otherwise. On a 2-core
 * machine two apps and two browsers starve each other: the whole suite took 26 minutes on two
 * workers and 10 on one.
 */
export const E2E_WORKERS = Number(process.env.E2E_WORKERS ?? 1);
