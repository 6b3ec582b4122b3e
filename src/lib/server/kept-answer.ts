/**
 * A kept page answered at the door: the server's first listener (scripts/serve.mjs)
 * asks here before the framework turns the request into a Request, runs the hooks and streams the
 * answer back, which cost about ten times the kept page's own work. The key is the one the server
 * hook computes (`pageKeyOf`), so both doors find the same copy; anything this look cannot judge
 * as the hook would (a validator to check, an ActivityPub client, a cookie it would have to
 * decode) goes on to the hook, which answers it the usual way.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { holdsEncodedNul } from '$lib/server/api/paths';
import { wantsActivityJson } from '$lib/server/federation/negotiate';
import { isLocale, localeFromAcceptLanguage, type Locale } from '$lib/server/i18n';
import { LOCALE_COOKIE } from '$lib/server/locale-cookie';
import { keptAnswer, pageKey, type KeptAnswer } from '$lib/server/page-cache';
import { MAX_SESSION_COOKIE, SESSION_COOKIE } from '$lib/server/accounts/sessions';
import { DEVICE_COOKIE } from '$lib/server/accounts/login-throttle';
import { hashToken } from '$lib/server/accounts/tokens';
import { THEME_COOKIE, themeOf } from '$lib/server/theme-cookie';

/** What the key needs of a request: its method and headers. */
type Asked = { method: string; headers: { get(name: string): string | null } };

/** The visitor's switcher choice, then the browser's languages. */
export function visitorLocaleOf(
	cookieLocale: string | undefined,
	acceptLanguage: string | null
): Locale {
	if (isLocale(cookieLocale)) return cookieLocale;
	return localeFromAcceptLanguage(acceptLanguage) ?? 'en';
}

/** Cookies that never change a page: the language, the colours, and the log-in form's device. */
const VISITOR_COOKIES = [LOCALE_COOKIE, THEME_COOKIE, DEVICE_COOKIE];
const MEMBER_COOKIES = [...VISITOR_COOKIES, SESSION_COOKIE];

/**
 * The key of a page (null when it may not be kept): its address in the reader's language and
 * colours, read from their cookies by `cookie`, and for a member the session's hash. A member's
 * copy is only ever kept from a render for a valid session (hooks.server.ts), so an unknown or
 * ended session finds nothing under its key and is judged by the hook.
 */
export function pageKeyOf(
	request: Asked,
	url: URL,
	cookie: (name: string) => string | undefined
): string | null {
	const locale = visitorLocaleOf(cookie(LOCALE_COOKIE), request.headers.get('accept-language'));
	const variant = `${locale} ${themeOf(cookie(THEME_COOKIE))}`;
	const session = cookie(SESSION_COOKIE);
	if (session === undefined) return pageKey(request, url, variant, VISITOR_COOKIES);
	if (!session || session.length > MAX_SESSION_COOKIE) return null;
	return pageKey(request, url, variant, MEMBER_COOKIES, hashToken(session));
}

/** The plain cookies of a header, or null when one would need decoding (left to the framework). */
export function plainCookies(header: string | undefined): Map<string, string> | null {
	const found = new Map<string, string>();
	for (const part of (header ?? '').split(';')) {
		const at = part.indexOf('=');
		if (at < 0) continue;
		const value = part.slice(at + 1).trim();
		if (/[%"\\]/.test(value)) return null;
		const name = part.slice(0, at).trim();
		// The first of two with one name, as the framework's reading takes it.
		if (!found.has(name)) found.set(name, value);
	}
	return found;
}

const one = (value: string | string[] | undefined) =>
	value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;

/** The kept answer for a request as Node's server hands it over, or null to go on as usual. */
export function answerKept(request: {
	method?: string;
	url?: string;
	headers: IncomingHttpHeaders;
}): KeptAnswer | null {
	const { method, headers } = request;
	if (method !== 'GET' || !request.url?.startsWith('/') || headers['if-none-match']) return null;
	if (wantsActivityJson(one(headers.accept))) return null;
	// Joined as adapter-node joins it, so `//host/path` stays a path and never names another host.
	const url = URL.parse(`http://kept.invalid${request.url}`);
	if (!url) return null;
	if (holdsEncodedNul(url)) return null;
	const cookies = plainCookies(headers.cookie);
	if (!cookies) return null;
	const key = pageKeyOf({ method, headers: { get: (name) => one(headers[name]) } }, url, (name) =>
		cookies.get(name)
	);
	return key ? keptAnswer(key, one(headers['accept-encoding']), false) : null;
}
