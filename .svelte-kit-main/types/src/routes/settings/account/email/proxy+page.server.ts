// @ts-nocheck
import { confirmEmailChange } from '$lib/server/accounts/commands';
import { peekLink } from '$lib/server/accounts/email-links';
import { attempt, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load = async ({ url, locals }: Parameters<PageServerLoad>[0]) => {
	const token = url.searchParams.get('token') ?? '';
	await runQuery(() => peekLink(locals.db, token, 'change-email'));
	return { token };
};

export const actions = {
	default: async ({ request, locals }: import('./$types').RequestEvent) => {
		const token = String((await request.formData()).get('token') ?? '');
		const result = await attempt({}, () => confirmEmailChange(locals.db, token));
		if (!result.ok) return result.failure;
		return { confirmed: true };
	}
};
;null as any as Actions;