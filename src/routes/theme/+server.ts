import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/server/i18n';
import { rememberTheme, THEMES, type Theme } from '$lib/server/theme-cookie';
import { safeRedirectTarget } from '$lib/server/redirects';
import type { RequestHandler } from './$types';

/** The footer's choice of colours (light, dark, the system's): kept on this browser in a cookie. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const form = await request.formData().catch(() => null);
	const theme = form?.get('theme');
	if (!THEMES.includes(theme as Theme)) error(400, translate('error_invalid_value'));
	rememberTheme(cookies, url, theme as Theme);
	redirect(303, safeRedirectTarget(form?.get('redirectTo')));
};
