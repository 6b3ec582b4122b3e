import type { Cookies } from '@sveltejs/kit';
import { serverCookie } from '$lib/server/cookies';

/**
 * The address a member just confirmed, offered once to the log-in form in the same browser, so
 * they need not type it again. Only the log-in page can read it (path, httpOnly), and it lasts
 * a quarter of an hour: long enough to find the password, short enough on a shared computer.
 */
const HINT_COOKIE = 'plenary_login_hint';
const HINT_SECONDS = 15 * 60;

export function setLoginHint(cookies: Cookies, url: URL, email: string) {
	cookies.set(HINT_COOKIE, email, {
		...serverCookie(url, '/login'),
		maxAge: HINT_SECONDS
	});
}

/** The hinted address, if any and if it still looks like one. */
export function loginHint(cookies: Cookies): string | undefined {
	const value = cookies.get(HINT_COOKIE);
	return value && value.length <= 320 && value.includes('@') ? value : undefined;
}
