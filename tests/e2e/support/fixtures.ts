import { test as base, expect } from '@playwright/test';
import { markWithoutJavaScript } from './axe';

/**
 * Playwright's test, with pages that know whether their context runs JavaScript, and that fail
 * the test when the page reports a Svelte fault (a hydration mismatch throws away the server's
 * markup and renders the page again, which no assertion on the final page would notice) or an
 * uncaught error.
 */
export const test = base.extend({
	page: async ({ page, javaScriptEnabled }, use) => {
		if (!javaScriptEnabled) markWithoutJavaScript(page);
		const faults: string[] = [];
		page.on('console', (message) => {
			if (message.text().includes('svelte.dev/e/')) faults.push(message.text());
		});
		page.on('pageerror', (error) => faults.push(String(error)));
		await use(page);
		expect(faults, 'Svelte warnings or uncaught errors in the page').toEqual([]);
	}
});

export { expect };
