/**
 * The one browser every tool here drives (the browser journeys, the screenshots, Lighthouse and
 * the first-visit measure): Debian's Chromium, or CHROMIUM_PATH. The flags let it run as root on a
 * machine with no display and no network beyond this one, without reaching out on its own.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
