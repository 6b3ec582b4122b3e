/**
 * Where "Log in" leads from a page: the log-in form, told to come back here afterwards. The
 * account pages themselves (log-in, joining, confirming, resetting) are not worth coming back
 * to, nor is the front page, which the log-in form falls back to anyway. The server checks the
 * target again (redirects.ts) before following it, so a forged one leads nowhere else.
 */
export function loginPath(here: string): string {
	const path = here.split(/[?#]/)[0];
	if (path === '/' || /^\/(login|logout|join|verify|reset)(\/|$)/.test(path)) return '/login';
	return `/login?next=${encodeURIComponent(here)}`;
}
