import type { Cookies } from '@sveltejs/kit';
import { serverCookie } from './cookies';

/** The language a visitor picked with the switcher before (or without) logging in. */
export const LOCALE_COOKIE = 'plenary_locale';

/** Remembers the language this browser reads in, for a year. */
export function rememberLocale(cookies: Cookies, url: URL, locale: string) {
	cookies.set(LOCALE_COOKIE, locale, { ...serverCookie(url), maxAge: 365 * 24 * 3600 });
}
