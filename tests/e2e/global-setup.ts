import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { startSmtpSink } from '../smtp-sink';
import { E2E } from './support/env';

/** Start a real SMTP server and the built app on a fresh embedded database; stop both afterwards. */
export default async function globalSetup() {
	rmSync(E2E.mailFolder, { recursive: true, force: true });
	rmSync(E2E.dataDir, { recursive: true, force: true });
	const smtp = await startSmtpSink({ port: E2E.smtpPort, folder: E2E.mailFolder });
	const app = spawn(process.execPath, [`${process.env.PLENARY_BUILD_DIR ?? 'build'}/index.js`], {
		env: {
			...process.env,
			PORT: String(E2E.appPort),
			HOST: '127.0.0.1',
			ORIGIN: E2E.baseURL,
			PLENARY_DATA_DIR: E2E.dataDir,
			SMTP_URL: smtp.url,
			MAIL_FROM: 'Plenary <no-reply@plenary.test>',
			NODE_ENV: 'production',
			// Lets the decision journeys end a phase now instead of waiting days.
			PLENARY_TEST_CLOCK: 'on',
			// The demo account plays many members across the journeys: its limits are raised.
			PLENARY_LIMIT_SCALE: '20'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	app.stdout.on('data', (chunk) => (output += chunk));
	app.stderr.on('data', (chunk) => (output += chunk));
	await waitForServer(E2E.baseURL, app, () => output);
	return async () => {
		app.kill('SIGTERM');
		await new Promise((resolve) => app.once('exit', resolve));
		await smtp.close();
		rmSync(E2E.dataDir, { recursive: true, force: true });
	};
}

async function waitForServer(url: string, app: ReturnType<typeof spawn>, output: () => string) {
	const deadline = Date.now() + 120_000;
	while (Date.now() < deadline) {
		if (app.exitCode !== null) throw new Error(`the app exited early:\n${output()}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`the app did not start in time:\n${output()}`);
}
