import { redirect } from '@sveltejs/kit';
import { logIn } from '$lib/server/accounts/commands';
import { setSessionCookie } from '$lib/server/accounts/sessions';
import { DEVICE_COOKIE, setDeviceCookie } from '$lib/server/accounts/login-throttle';
import { formValues, requestContext, attempt } from '$lib/server/http';
import { safeRedirectTarget } from '$lib/server/redirects';
import { setPendingCookie } from '$lib/server/accounts/two-factor/pending-login';
import { loginHint } from '$lib/server/accounts/login-hint';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, cookies }) => {
	if (locals.member) redirect(303, safeRedirectTarget(url.searchParams.get('next')));
	return {
		email: loginHint(cookies),
		notice: url.searchParams.has('verified')
			? 'verified'
			: url.searchParams.has('reset')
				? 'reset'
				: null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () =>
			logIn(event.locals.db, values, {
				...requestContext(event),
				deviceToken: event.cookies.get(DEVICE_COOKIE)
			})
		);
		if (!result.ok) return result.failure;
		setDeviceCookie(event.cookies, event.url, result.value.deviceToken);
		if (result.value.secondFactor) {
			setPendingCookie(event.cookies, event.url, result.value.token, result.value.expiresAt);
			redirect(303, `/login/second-factor${event.url.search}`);
		}
		// A new session id at every log-in: a planted cookie can never be promoted to a session.
		setSessionCookie(event.cookies, event.url, result.value.token, result.value.expiresAt);
		redirect(303, safeRedirectTarget(event.url.searchParams.get('next')));
	}
};
