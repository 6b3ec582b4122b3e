import { error, redirect } from '@sveltejs/kit';
import { setTheme } from '$lib/server/members/commands';
import { translate } from '$lib/server/i18n';
import { isTheme } from '$lib/domain/members/themes';
import { rememberTheme } from '$lib/server/theme-cookie';
import { safeRedirectTarget } from '$lib/server/redirects';
import type { RequestHandler } from './$types';

/**
 * The footer's choice of colours (light, dark, the system's): kept on this browser in a cookie, and
 * on the member's account when signed in, so it follows them to every browser they log in on.
 */
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	const form = await request.formData().catch(() => null);
	const theme = form?.get('theme');
	if (!isTheme(theme)) error(400, translate('error_invalid_value'));
	rememberTheme(cookies, url, theme);
	if (locals.actor) await setTheme(locals.db, locals.actor, theme);
	redirect(303, safeRedirectTarget(form?.get('redirectTo')));
};
