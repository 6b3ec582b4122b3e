import { createHash } from 'node:crypto';
import axe from 'axe-core';
import { expect, type Browser, type Page } from '@playwright/test';

const withoutJavaScript = new WeakSet<Page>();

export function markWithoutJavaScript(page: Page) {
	withoutJavaScript.add(page);
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Run axe-core on the page as it is now; any violation fails the test with its details.
 * axe needs JavaScript, so a page from a context without it is checked as a copy: the same
 * server-rendered HTML, scripts removed, in a scratch page of a JavaScript-enabled context.
 *
 * axe runs in the page itself, injected once per document: the pages have no frames, and the
 * frame-by-frame run of @axe-core/playwright (axe injected twice, then a blank page opened to
 * merge the results) took three times as long on every one of the suite's checks.
 */
export async function expectAccessible(page: Page) {
	const copy = withoutJavaScript.has(page);
	const html = withoutScripts(await page.content());
	const key = await fingerprint(page, copy, html);
	if (passed.has(key)) return;
	const target = copy ? await copyOf(page, html) : page;
	// Evaluated as a string through the debugging protocol, which the pages' CSP does not govern.
	if (copy || !(await target.evaluate(() => 'axe' in window))) await target.evaluate(axe.source);
	const violations = await target.evaluate(async (tags) => {
		const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations']
		});
		return results.violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
		);
	}, TAGS);
	expect(violations, `axe violations on ${page.url()}`).toEqual([]);
	passed.add(key);
}

/**
 * The documents this worker has already found free of violations. axe's verdict depends only on
 * the document and how it is laid out, so a document met again (the log-in page is checked by
 * every journey that logs in: a quarter of all checks) is not checked again. The key is the
 * markup without scripts and nonces, with the viewport and colour scheme it was laid out in.
 */
const passed = new Set<string>();

async function fingerprint(page: Page, copy: boolean, html: string) {
	const layout = copy
		? 'copy'
		: await page.evaluate(
				() => `${innerWidth}x${innerHeight} ${matchMedia('(prefers-color-scheme: dark)').matches}`
			);
	return createHash('sha256').update(layout).update('\0').update(html).digest('hex');
}

function withoutScripts(html: string) {
	return html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/\snonce="[^"]*"/g, '');
}

/** One scratch page per browser, reused for every copy: a context per check cost a second each. */
const scratchPages = new WeakMap<Browser, Promise<Page>>();

function scratchPage(browser: Browser): Promise<Page> {
	let scratch = scratchPages.get(browser);
	if (!scratch) {
		scratch = browser
			.newContext({ javaScriptEnabled: true, locale: 'en-GB' })
			.then((context) => context.newPage());
		scratchPages.set(browser, scratch);
	}
	return scratch;
}

async function copyOf(page: Page, withoutScripts: string) {
	const url = page.url();
	const html = withoutScripts.replace(/<head>/i, `<head><base href="${url}">`);
	const copy = await scratchPage(page.context().browser()!);
	// A same-origin page without a content security policy of its own, so the copy loads its styles.
	const origin = new URL(url).origin;
	if (!copy.url().startsWith(origin)) await copy.goto(new URL('/robots.txt', url).href);
	await copy.setContent(html, { waitUntil: 'load' });
	return copy;
}
