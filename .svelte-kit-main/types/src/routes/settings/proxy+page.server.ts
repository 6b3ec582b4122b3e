// @ts-nocheck
import { updateProfile } from '$lib/server/members/commands';
import { ownSettings } from '$lib/server/members/queries';
import { countryOptions } from '$lib/server/geo/countries';
import { languageOptions } from '$lib/server/geo/languages';
import { formValues, requireActor, attempt, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load = async (event: Parameters<PageServerLoad>[0]) => {
	const actor = requireActor(event);
	return {
		settings: await runQuery(() => ownSettings(event.locals.db, actor)),
		countries: countryOptions(event.locals.locale),
		languages: languageOptions(event.locals.locale)
	};
};

export const actions = {
	default: async (event: import('./$types').RequestEvent) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData(), ['languages']);
		const result = await attempt(values, () =>
			updateProfile(event.locals.db, actor, actor.id, values)
		);
		if (!result.ok) return result.failure;
		return { saved: true };
	}
};
;null as any as Actions;