import { tmpdir } from 'node:os';
import { join } from 'node:path';

const appPort = Number(process.env.E2E_PORT ?? 4317);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 4325);

/** Where the browser tests find the app and the mail it sent. */
export const E2E = {
	appPort,
	smtpPort,
	// A host name, not an address: WebAuthn (passkeys.spec.ts) refuses IP addresses as a site.
	baseURL: `http://localhost:${appPort}`,
	mailFolder: join(tmpdir(), `plenary-e2e-mail-${appPort}`),
	dataDir: join(tmpdir(), `plenary-e2e-data-${appPort}`)
};
