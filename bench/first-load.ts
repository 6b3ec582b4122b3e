/**
 * The JavaScript a first visit to a page loads, as a browser loads it: each page opened in a fresh
 * Chromium context (nothing cached), every script file it fetches until the network is quiet
 * counted, including the parts a page's load imports on demand before hydration. Two sizes: the
 * bytes as they came over the wire (the build's brotli files, since Chromium asks for brotli), and
 * each file gzip-compressed at level 9, the figure the earlier runs reported.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, headlessPath } from '../scripts/chromium';

export interface FirstVisit {
	name: string;
	url: string;
	/** A session cookie as `name=value`, for a member's visit. */
	cookie?: string;
}

export async function firstLoadJs(
	visits: FirstVisit[]
): Promise<{ name: string; files: number; gzipKb: number; sentKb: number }[]> {
	const browser = await chromium.launch({ executablePath: headlessPath, args: chromiumArgs });
	const rows = [];
	try {
		for (const visit of visits) {
			const context = await browser.newContext();
			if (visit.cookie) {
				const [name, ...value] = visit.cookie.split('=');
				await context.addCookies([{ name, value: value.join('='), url: visit.url }]);
			}
			const page = await context.newPage();
			const counted: Promise<{ gzip: number; sent: number }>[] = [];
			page.on('response', (response) => {
				if (response.request().resourceType() !== 'script') return;
				counted.push(
					Promise.all([response.body(), response.request().sizes()]).then(([body, sizes]) => ({
						gzip: gzipSync(body, { level: 9 }).byteLength,
						sent: sizes.responseBodySize
					}))
				);
			});
			await page.goto(visit.url, { waitUntil: 'networkidle' });
			const files = await Promise.all(counted);
			rows.push({
				name: visit.name,
				files: files.length,
				gzipKb: files.reduce((sum, f) => sum + f.gzip, 0) / 1024,
				sentKb: files.reduce((sum, f) => sum + f.sent, 0) / 1024
			});
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return rows;
}
