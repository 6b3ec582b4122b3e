import { expect, test } from './support/fixtures';
import { expectAccessible, markWithoutJavaScript } from './support/axe';

// The check every journey relies on must itself fail on a page that breaks the rules, with and
// without JavaScript (where it checks a copy of the page), and pass the same page once fixed.
for (const javaScriptEnabled of [true, false]) {
	test(`the accessibility check finds a violation ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		if (!javaScriptEnabled) markWithoutJavaScript(page);
		await page.goto('/robots.txt');
		const body = (image: string) =>
			`<!doctype html><html lang="en"><head><title>Check</title></head><body><main><h1>Check</h1>${image}</main></body></html>`;
		await page.setContent(body('<img src="/favicon.png">'));
		await expect(expectAccessible(page)).rejects.toThrow(/image-alt/);
		await page.setContent(body('<img src="/favicon.png" alt="Plenary">'));
		await expectAccessible(page);
		await context.close();
	});
}
