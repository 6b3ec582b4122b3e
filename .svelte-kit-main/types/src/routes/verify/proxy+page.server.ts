// @ts-nocheck
import { redirect } from '@sveltejs/kit';
import { verifyEmail } from '$lib/server/accounts/commands';
import { peekLink } from '$lib/server/accounts/email-links';
import { attempt, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

// Opening the link only shows a button: mail scanners that fetch links must not use them up.
export const load = async ({ url, locals }: Parameters<PageServerLoad>[0]) => {
	const token = url.searchParams.get('token') ?? '';
	await runQuery(() => peekLink(locals.db, token, 'verify-email'));
	return { token };
};

export const actions = {
	default: async ({ request, locals }: import('./$types').RequestEvent) => {
		const token = String((await request.formData()).get('token') ?? '');
		const result = await attempt({}, () => verifyEmail(locals.db, token));
		if (!result.ok) return result.failure;
		redirect(303, '/login?verified=1');
	}
};
;null as any as Actions;