import { test as base, expect } from '@playwright/test';
import { markWithoutJavaScript } from './axe';

/**
 * Playwright's test, with pages that know whether their context runs JavaScript, and that fail
 * the test when the page reports a Svelte fault (a hydration mismatch throws away the server's
 * markup and renders the page again, which no assertion on the final page would notice) or an
 * uncaught error.
 *
 * Pages of a context a test opens itself (`browser.newContext({ javaScriptEnabled: false })`)
 * know it too: axe cannot run in such a page (its timers never fire), so an unmarked one would
 * wait until the test timed out, and only when no earlier check had passed the same markup.
 */
export const test = base.extend<{ contextsKnowJavaScript: void }>({
	contextsKnowJavaScript: [
		async ({ browser }, use) => {
			const newContext = browser.newContext.bind(browser);
			browser.newContext = async (options) => {
				const context = await newContext(options);
				if (options?.javaScriptEnabled === false) context.on('page', markWithoutJavaScript);
				return context;
			};
			await use();
			browser.newContext = newContext;
		},
		{ auto: true }
	],
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
