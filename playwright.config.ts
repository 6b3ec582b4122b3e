import { defineConfig } from '@playwright/test';
import { E2E } from './tests/e2e/support/env';

// The browser tests run the production build against a fresh embedded database with the demo
// organisation, and a real SMTP server (tests/e2e/global-setup.ts) that the app sends mail to.
export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	// Journeys without JavaScript sign up, confirm by mail and run axe on copies of every page:
	// on a busy 2-core machine the longest take about a minute, so each test gets two.
	timeout: 120_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	globalSetup: './tests/e2e/global-setup.ts',
	use: {
		baseURL: E2E.baseURL,
		locale: 'en-GB',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	}
});
