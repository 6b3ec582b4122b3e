import { existsSync } from 'node:fs';

/**
 * The browsers the tools here drive, both Debian's Chromium. The browser journeys, the
 * screenshots and the first-visit measure use its headless shell (package
 * `chromium-headless-shell`): the same engine without the browser's own window, tabs and built-in
 * pages, as Playwright itself runs when headless. The journeys took two fifths less of the
 * machine in it than in the whole browser (docs/performance.md). Without the package the whole
 * browser plays the same part; CHROMIUM_PATH names another for both. Lighthouse measures in the
 * whole browser, as a visitor's. The flags let either run as root on a machine with no display
 * and no network beyond this one, without reaching out on its own.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

export const headlessPath =
	process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumPath);

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
