/**
 * A browser and system a person recognises ("Firefox", "Android") from a stored User-Agent header,
 * for the list of sessions. Order matters: Edge and Opera also say "Chrome", and Chrome also says
 * "Safari". Anything unrecognised is null, and the page says "Unknown browser".
 */
const BROWSERS: [RegExp, string][] = [
	[/\bEdg(e|A|iOS)?\//, 'Edge'],
	[/\b(OPR|Opera)\//, 'Opera'],
	[/\bSamsungBrowser\//, 'Samsung Internet'],
	[/\b(Firefox|FxiOS)\//, 'Firefox'],
	[/\b(Chrome|CriOS|Chromium)\//, 'Chrome'],
	[/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
	[/\b(curl|Wget)\//i, 'Command line']
];

const SYSTEMS: [RegExp, string][] = [
	[/\bAndroid\b/, 'Android'],
	[/\b(iPhone|iPad|iPod)\b/, 'iOS'],
	[/\bCrOS\b/, 'ChromeOS'],
	[/\bWindows\b/, 'Windows'],
	[/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
	[/\bLinux\b/, 'Linux']
];

const first = (ua: string, table: [RegExp, string][]) =>
	table.find(([pattern]) => pattern.test(ua))?.[1] ?? null;

export function describeUserAgent(ua: string): { browser: string; system: string | null } | null {
	const browser = first(ua, BROWSERS);
	return browser ? { browser, system: first(ua, SYSTEMS) } : null;
}
