// @ts-nocheck
import { redirect } from '@sveltejs/kit';
import { signUp } from '$lib/server/accounts/commands';
import { countryOptions } from '$lib/server/geo/countries';
import { languageOptions } from '$lib/server/geo/languages';
import { formValues, requestContext, attempt } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load = async ({ locals }: Parameters<PageServerLoad>[0]) => {
	if (locals.member) redirect(303, '/');
	return { countries: countryOptions(locals.locale), languages: languageOptions(locals.locale) };
};

export const actions = {
	default: async (event: import('./$types').RequestEvent) => {
		const values = formValues(await event.request.formData(), ['languages']);
		const result = await attempt(values, () =>
			signUp(event.locals.db, values, { ...requestContext(event), locale: event.locals.locale })
		);
		if (!result.ok) return result.failure;
		redirect(303, '/join/check-email');
	}
};
;null as any as Actions;