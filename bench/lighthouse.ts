/**
 * `npm run bench:lighthouse`: Lighthouse's performance and accessibility scores of the main pages,
 * on its default mobile profile (a mid-range phone on a throttled connection, simulated), with
 * Debian's Chromium, against the production build on a fresh embedded database with the demo
 * organisation. Targets: at least 95 for performance and 100 for accessibility. Run `npm run
 * build` first.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../scripts/chromium';
import { logIn, requireBuild, startApp, writeResults } from './serve';

const PORT = 4616;

requireBuild();
const { origin, stop } = await startApp(PORT);
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath,
	chromeFlags: ['--headless=new', ...chromiumArgs]
});
try {
	const cookie = await logIn(origin);
	const thread = (await (await fetch(`${origin}/forums/general`)).text()).match(
		/href="(\/threads\/\d+-what-should-the-founding-convention[^"]*)"/
	)?.[1];
	const decision = (
		await (await fetch(`${origin}/decisions?q=sliding+scale&phase=closed`)).text()
	).match(/href="(\/decisions\/\d+-[^"/?#]+)"/)?.[1];
	const pages: [string, string, string?][] = [
		['landing /', '/'],
		['thread, 520 comments', thread!],
		['closed decision', decision!],
		['/glance', '/glance'],
		['decisions register', '/decisions'],
		['thread, logged in', thread!, cookie]
	];
	const lines = [
		`${new Date().toISOString().slice(0, 10)}, Lighthouse 12.2.3, mobile profile (simulated throttling), Chromium, embedded PGlite, Node ${process.version}`,
		'',
		'| page | performance | accessibility | first contentful paint | largest contentful paint | total blocking time |',
		'|---|---|---|---|---|---|'
	];
	const audit = (path: string, session?: string) =>
		lighthouse(`${origin}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility'],
			extraHeaders: session ? { cookie: session } : undefined
		});
	for (const [name, path, session] of pages) {
		// A run the browser could not finish (it says why) is tried once more, then reported as such
		// rather than as a score of 0.
		let result = await audit(path, session);
		if (result?.lhr.runtimeError) result = await audit(path, session);
		if (!result) throw new Error(`${name}: Lighthouse gave no result`);
		const { categories, audits, runtimeError } = result.lhr;
		if (runtimeError) {
			lines.push(`| ${name} | failed: ${runtimeError.code} | | | | |`);
			continue;
		}
		const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
		const shown = (key: string) => audits[key]?.displayValue ?? '';
		lines.push(
			`| ${name} | ${score('performance')} | ${score('accessibility')} | ${shown('first-contentful-paint')} | ${shown('largest-contentful-paint')} | ${shown('total-blocking-time')} |`
		);
	}
	writeResults('lighthouse', lines);
} finally {
	chrome.kill();
	await stop();
}
