import { defineConfig } from '@playwright/test';
import { E2E, E2E_WORKERS } from './tests/e2e/support/env';
import { chromiumArgs, headlessPath } from './scripts/chromium';

// The browser tests run the production build against a fresh embedded database with the demo
// organisation, and a real SMTP server (tests/e2e/global-setup.ts) that the app sends mail to: one
// app, database and SMTP server per worker, so spec files run side by side without sharing data.
export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: false,
	workers: E2E_WORKERS,
	retries: 0,
	// Journeys without JavaScript sign up, confirm by mail and run axe on copies of every page:
	// alone on a 2-core machine the longest take about a minute, two workers side by side make
	// each slower, so a test gets four (the limit only stops a hung test, it times nothing).
	timeout: 240_000,
	expect: { timeout: 20_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	globalSetup: './tests/e2e/global-setup.ts',
	use: {
		baseURL: E2E.baseURL,
		locale: 'en-GB',
		launchOptions: { executablePath: headlessPath, args: chromiumArgs }
	}
});
