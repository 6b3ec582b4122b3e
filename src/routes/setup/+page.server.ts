import { redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/accounts/sessions';
import { countryOptions } from '$lib/server/geo/countries';
import { attempt, formValues, notFound } from '$lib/server/http';
import { DEFAULT_FORUMS, needsSetup, runFirstRun } from '$lib/server/instance/first-run';
import { translate } from '$lib/server/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!(await needsSetup(locals.db))) notFound('error_page_not_found');
	return {
		countries: countryOptions(locals.locale),
		forums: DEFAULT_FORUMS.map((f) => ({
			slug: f.slug,
			name: translate(f.name, {}, locals.locale),
			description: translate(f.description, {}, locals.locale)
		}))
	};
};

export const actions: Actions = {
	default: async (event) => {
		if (!(await needsSetup(event.locals.db))) notFound('error_page_not_found');
		const values = formValues(await event.request.formData(), ['forums']);
		const result = await attempt(values, () =>
			runFirstRun(
				event.locals.db,
				values,
				event.locals.locale,
				event.request.headers.get('user-agent') ?? ''
			)
		);
		if (!result.ok) return result.failure;
		setSessionCookie(event.cookies, event.url, result.value.token, result.value.expiresAt);
		redirect(303, '/organisation/settings');
	}
};
