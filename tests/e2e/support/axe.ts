import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const withoutJavaScript = new WeakSet<Page>();

export function markWithoutJavaScript(page: Page) {
	withoutJavaScript.add(page);
}

/**
 * Run axe-core on the page as it is now; any violation fails the test with its details.
 * axe needs JavaScript, so a page from a context without it is checked as a copy: the same
 * server-rendered HTML, scripts removed, in a scratch page of a JavaScript-enabled context.
 */
export async function expectAccessible(page: Page) {
	let target = page;
	let scratch: Awaited<ReturnType<typeof copyWithoutScripts>> | null = null;
	if (withoutJavaScript.has(page)) {
		scratch = await copyWithoutScripts(page);
		target = scratch.page;
	}
	try {
		const results = await new AxeBuilder({ page: target })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
			.analyze();
		const summary = results.violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
		);
		expect(summary, `axe violations on ${page.url()}`).toEqual([]);
	} finally {
		await scratch?.close();
	}
}

async function copyWithoutScripts(page: Page) {
	const url = page.url();
	const html = (await page.content())
		.replace(/<script\b[\s\S]*?<\/script>/gi, '')
		.replace(/<head>/i, `<head><base href="${url}">`);
	const context = await page
		.context()
		.browser()!
		.newContext({ javaScriptEnabled: true, locale: 'en-GB' });
	const copy = await context.newPage();
	// A same-origin page without a content security policy of its own, so the copy loads its styles.
	await copy.goto(new URL('/robots.txt', url).href);
	await copy.setContent(html, { waitUntil: 'load' });
	return { page: copy, close: () => context.close() };
}
