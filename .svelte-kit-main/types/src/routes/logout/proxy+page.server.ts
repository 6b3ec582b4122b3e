// @ts-nocheck
import { redirect } from '@sveltejs/kit';
import { logOut } from '$lib/server/accounts/commands';
import { clearSessionCookie } from '$lib/server/accounts/sessions';
import type { Actions } from './$types';

export const actions = {
	default: async ({ locals, cookies, url }: import('./$types').RequestEvent) => {
		if (locals.member && locals.sessionToken) {
			await logOut(
				locals.db,
				{ id: locals.member.id, tier: locals.member.tier },
				locals.sessionToken
			);
		}
		clearSessionCookie(cookies, url);
		redirect(303, '/');
	}
};
;null as any as Actions;