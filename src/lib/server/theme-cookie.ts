import type { Cookies } from '@sveltejs/kit';
import type { Theme } from '$lib/domain/members/themes';
import { serverCookie } from './cookies';

/** The colours a browser asked for with the footer's choice: light, dark, or (no cookie) its own. */
export const THEME_COOKIE = 'plenary_theme';

/** The theme a cookie's value names; anything else (absent, stale, forged) is the system's. */
export function themeOf(value: string | null | undefined): Theme {
	return value === 'light' || value === 'dark' ? value : 'system';
}

/** Remembers the choice on this browser for a year; the system's choice is no cookie at all. */
export function rememberTheme(cookies: Cookies, url: URL, theme: Theme) {
	if (theme === 'system') cookies.delete(THEME_COOKIE, serverCookie(url));
	else cookies.set(THEME_COOKIE, theme, { ...serverCookie(url), maxAge: 365 * 24 * 3600 });
}

/** The `<meta name="color-scheme">` that matches: the page's canvas is right before any CSS. */
export function colorSchemeOf(theme: Theme): string {
	return theme === 'system' ? 'light dark' : theme;
}
