import { redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/accounts/sessions';
import {
	clearPendingCookie,
	finishLogin,
	PENDING_COOKIE,
	pendingMember
} from '$lib/server/accounts/two-factor/pending-login';
import { attempt, formValues, setRetryAfter } from '$lib/server/http';
import { safeRedirectTarget } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, cookies }) => {
	if (locals.member) redirect(303, safeRedirectTarget(url.searchParams.get('next')));
	// Without a pending log-in (none, or more than five minutes old) the password comes first.
	if (!(await pendingMember(locals.db, cookies.get(PENDING_COOKIE))))
		redirect(303, `/login${url.search}`);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () =>
			finishLogin(event.locals.db, event.cookies.get(PENDING_COOKIE), values)
		);
		if (!result.ok) {
			setRetryAfter(event, result.retryAfter);
			return result.failure;
		}
		clearPendingCookie(event.cookies, event.url);
		setSessionCookie(event.cookies, event.url, result.value.token, result.value.expiresAt);
		redirect(303, safeRedirectTarget(event.url.searchParams.get('next')));
	}
};
