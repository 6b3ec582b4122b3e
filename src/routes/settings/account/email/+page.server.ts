import { confirmEmailChange } from '$lib/server/accounts/credentials';
import { peekLink } from '$lib/server/accounts/email-links';
import { attempt, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const token = url.searchParams.get('token') ?? '';
	await runQuery(() => peekLink(locals.db, token, 'change-email'));
	return { token };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const token = String((await request.formData()).get('token') ?? '');
		const result = await attempt({}, () => confirmEmailChange(locals.db, token));
		if (!result.ok) return result.failure;
		return { confirmed: true };
	}
};
