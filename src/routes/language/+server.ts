import { error, redirect } from '@sveltejs/kit';
import { setLocale } from '$lib/server/members/commands';
import { isLocale, translate } from '$lib/server/i18n';
import { rememberLocale } from '$lib/server/locale-cookie';
import { safeRedirectTarget } from '$lib/server/redirects';
import type { RequestHandler } from './$types';

/** The language switcher's form: remembered in a cookie, and on the member's account when signed in. */
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	const form = await request.formData().catch(() => null);
	const locale = form?.get('locale');
	if (typeof locale !== 'string' || !isLocale(locale)) error(400, translate('error_invalid_value'));
	rememberLocale(cookies, url, locale);
	if (locals.actor) await setLocale(locals.db, locals.actor, locale);
	redirect(303, safeRedirectTarget(form?.get('redirectTo')));
};
