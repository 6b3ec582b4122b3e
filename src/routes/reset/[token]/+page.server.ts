import { redirect } from '@sveltejs/kit';
import { resetPassword } from '$lib/server/accounts/credentials';
import { peekLink } from '$lib/server/accounts/email-links';
import { formValues, attempt, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	await runQuery(() => peekLink(locals.db, params.token, 'reset-password'));
	return {};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const values = { ...formValues(await request.formData()), token: params.token };
		const result = await attempt(values, () => resetPassword(locals.db, values));
		if (!result.ok) return result.failure;
		redirect(303, '/login?reset=1');
	}
};
