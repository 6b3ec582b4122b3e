import { tmpdir } from 'node:os';
import { join } from 'node:path';

const appPort = Number(process.env.E2E_PORT ?? 4317);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 4325);

/** Where the browser tests find the app and the mail it sent. */
export const E2E = {
	appPort,
	smtpPort,
	baseURL: `http://127.0.0.1:${appPort}`,
	mailFolder: join(tmpdir(), `plenary-e2e-mail-${appPort}`),
	dataDir: join(tmpdir(), `plenary-e2e-data-${appPort}`)
};
