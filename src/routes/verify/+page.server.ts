import { redirect } from '@sveltejs/kit';
import { verifyEmail } from '$lib/server/accounts/commands';
import { peekLink } from '$lib/server/accounts/email-links';
import { setLoginHint } from '$lib/server/accounts/login-hint';
import { attempt, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

// Opening the link only shows a button: mail scanners that fetch links must not use them up.
export const load: PageServerLoad = async ({ url, locals }) => {
	const token = url.searchParams.get('token') ?? '';
	await runQuery(() => peekLink(locals.db, token, 'verify-email'));
	return { token };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const token = String((await request.formData()).get('token') ?? '');
		const result = await attempt({}, () => verifyEmail(locals.db, token));
		if (!result.ok) return result.failure;
		setLoginHint(cookies, url, result.value.email);
		redirect(303, '/login?verified=1');
	}
};
