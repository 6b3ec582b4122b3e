import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { startSmtpSink } from '../smtp-sink';
import { E2E_WORKERS, e2eFor } from './support/env';

/**
 * For each worker, start a real SMTP server and the built app on a fresh embedded database with
 * the demo organisation; stop them all afterwards. The apps start side by side: seeding the demo
 * is most of the wait.
 */
export default async function globalSetup() {
	const sets = await Promise.all(
		Array.from({ length: E2E_WORKERS }, (_, index) => startSet(e2eFor(index)))
	);
	return async () => {
		await Promise.all(sets.map((stop) => stop()));
	};
}

async function startSet(e2e: ReturnType<typeof e2eFor>) {
	rmSync(e2e.mailFolder, { recursive: true, force: true });
	rmSync(e2e.dataDir, { recursive: true, force: true, maxRetries: 5 });
	rmSync(e2e.peopleFile, { force: true });
	const smtp = await startSmtpSink({ port: e2e.smtpPort, folder: e2e.mailFolder });
	const app = spawn(process.execPath, ['scripts/serve.mjs'], {
		env: {
			...process.env,
			PORT: String(e2e.appPort),
			HOST: '127.0.0.1',
			ORIGIN: e2e.baseURL,
			PLENARY_DATA_DIR: e2e.dataDir,
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
	await waitForServer(e2e.baseURL, app, () => output);
	return async () => {
		app.kill('SIGTERM');
		await new Promise((resolve) => app.once('exit', resolve));
		await smtp.close();
		rmSync(e2e.dataDir, { recursive: true, force: true, maxRetries: 5 });
	};
}

async function waitForServer(url: string, app: ReturnType<typeof spawn>, output: () => string) {
	const deadline = Date.now() + 180_000;
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
