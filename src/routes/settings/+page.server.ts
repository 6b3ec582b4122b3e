import { updateProfile } from '$lib/server/members/commands';
import { ownSettings } from '$lib/server/members/queries';
import { countryOptions } from '$lib/server/geo/countries';
import { languageOptions } from '$lib/server/geo/languages';
import { formAction, requireActor, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	return {
		settings: await runQuery(() => ownSettings(event.locals.db, actor)),
		countries: countryOptions(event.locals.locale),
		languages: languageOptions(event.locals.locale)
	};
};

export const actions: Actions = {
	default: formAction(
		'saved',
		(event, actor, values) => updateProfile(event.locals.db, actor, actor.id, values),
		{ arrays: ['languages'] }
	)
};
