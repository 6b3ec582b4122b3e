import { redirect } from '@sveltejs/kit';
import { logOut } from '$lib/server/accounts/commands';
import { clearSessionCookie } from '$lib/server/accounts/sessions';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.actor && locals.sessionToken)
			await logOut(locals.db, locals.actor, locals.sessionToken);
		clearSessionCookie(cookies, url);
		redirect(303, '/');
	}
};
