// @ts-nocheck
import { redirect } from '@sveltejs/kit';
import { logIn } from '$lib/server/accounts/commands';
import { setSessionCookie } from '$lib/server/accounts/sessions';
import { formValues, requestContext, attempt } from '$lib/server/http';
import { safeRedirectTarget } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

export const load = async ({ locals, url }: Parameters<PageServerLoad>[0]) => {
	if (locals.member) redirect(303, safeRedirectTarget(url.searchParams.get('next')));
	return {
		notice: url.searchParams.has('verified')
			? 'verified'
			: url.searchParams.has('reset')
				? 'reset'
				: null
	};
};

export const actions = {
	default: async (event: import('./$types').RequestEvent) => {
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () =>
			logIn(event.locals.db, values, requestContext(event))
		);
		if (!result.ok) return result.failure;
		// A new session id at every log-in: a planted cookie can never be promoted to a session.
		setSessionCookie(event.cookies, event.url, result.value.token, result.value.expiresAt);
		redirect(303, safeRedirectTarget(event.url.searchParams.get('next')));
	}
};
;null as any as Actions;