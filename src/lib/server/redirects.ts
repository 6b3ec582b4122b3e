/**
 * Only same-site paths may be redirect targets ("/settings", not "//evil.example" or
 * "https://evil.example"), so a crafted link cannot bounce a member to another site. Browsers
 * drop tabs and line breaks inside a URL and read a backslash as a slash, so "/\t/evil.example"
 * and "/\\evil.example" are other sites too; and a line break would break the Location header.
 * The target is therefore refused if it holds any of those, and accepted only if resolving it
 * leaves the origin unchanged.
 */
const PROBE = 'http://plenary.invalid';

export function safeRedirectTarget(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string' || value.length > 500) return fallback;
	// Control characters (including tab, CR, LF, NUL), backslashes and whitespace never belong in
	// one of our own paths.
	if (!value.startsWith('/') || [...value].some(unsafe)) return fallback;
	let resolved: URL;
	try {
		resolved = new URL(value, PROBE);
	} catch {
		return fallback;
	}
	if (resolved.origin !== PROBE) return fallback;
	return resolved.pathname + resolved.search + resolved.hash;
}

function unsafe(char: string): boolean {
	const code = char.charCodeAt(0);
	return code <= 0x20 || code === 0x7f || char === '\\';
}
