/**
 * `npm run screenshots`: the README's pictures of the main pages, on a desktop and on a phone,
 * taken with Chromium from the production build on a fresh embedded database with the demo
 * organisation. Run `npm run build` first. Writes docs/screenshots/<page>-<device>.png.
 *
 * The pictures are the visible screen, not the whole page: what a member sees first is what the
 * README is meant to show, and it keeps each file small.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { logIn, requireBuild, root, startApp } from '../bench/serve';
import { chromiumArgs, headlessPath } from './chromium';

const PORT = 4618;
const OUT = join(root, 'docs/screenshots');
const DEVICES = {
	desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
	phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true }
} as const;

/** Each page: where it is (found by a link on another page when its address is not fixed). */
const PAGES: { name: string; member: boolean; open: (page: Page) => Promise<void> }[] = [
	{ name: 'home', member: true, open: (page) => page.goto('/').then(() => undefined) },
	{
		name: 'thread',
		member: true,
		open: async (page) => {
			await page.goto('/forums/general');
			await page.getByRole('link', { name: /What should the founding convention/ }).click();
		}
	},
	{
		name: 'decision',
		member: true,
		open: async (page) => {
			await page.goto('/decisions?q=sliding+scale&phase=closed');
			await page.locator('.register a').first().click();
		}
	},
	{
		name: 'proposal-form',
		member: true,
		open: (page) => page.goto('/decisions/new').then(() => undefined)
	},
	{ name: 'glance', member: false, open: (page) => page.goto('/glance').then(() => undefined) }
];

requireBuild();
mkdirSync(OUT, { recursive: true });
const { origin, stop } = await startApp(PORT);
const browser = await chromium.launch({ executablePath: headlessPath, args: chromiumArgs });
try {
	const cookie = (await logIn(origin)).split('=');
	for (const [device, options] of Object.entries(DEVICES)) {
		for (const member of [false, true]) {
			const context = await browser.newContext({ ...options, baseURL: origin, locale: 'en-GB' });
			if (member)
				await context.addCookies([
					{ name: cookie[0], value: cookie.slice(1).join('='), url: origin }
				]);
			const page = await context.newPage();
			for (const shot of PAGES.filter((p) => p.member === member)) {
				await shot.open(page);
				await page.waitForLoadState('networkidle');
				const path = join(OUT, `${shot.name}-${device}.png`);
				await page.screenshot({ path });
				console.log(path.slice(root.length + 1));
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	await stop();
}
