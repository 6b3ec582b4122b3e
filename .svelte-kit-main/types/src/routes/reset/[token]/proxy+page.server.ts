// @ts-nocheck
import { redirect } from '@sveltejs/kit';
import { resetPassword } from '$lib/server/accounts/commands';
import { peekLink } from '$lib/server/accounts/email-links';
import { formValues, attempt, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load = async ({ params, locals }: Parameters<PageServerLoad>[0]) => {
	await runQuery(() => peekLink(locals.db, params.token, 'reset-password'));
	return {};
};

export const actions = {
	default: async ({ request, params, locals }: import('./$types').RequestEvent) => {
		const values = { ...formValues(await request.formData()), token: params.token };
		const result = await attempt(values, () => resetPassword(locals.db, values));
		if (!result.ok) return result.failure;
		redirect(303, '/login?reset=1');
	}
};
;null as any as Actions;