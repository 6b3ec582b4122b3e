import { test as base } from '@playwright/test';
import { markWithoutJavaScript } from './axe';

/** Playwright's test, with pages that know whether their context runs JavaScript. */
export const test = base.extend({
	page: async ({ page, javaScriptEnabled }, use) => {
		if (!javaScriptEnabled) markWithoutJavaScript(page);
		await use(page);
	}
});

export { expect } from '@playwright/test';
