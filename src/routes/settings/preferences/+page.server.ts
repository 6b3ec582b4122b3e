import { updatePreferences } from '$lib/server/members/commands';
import { ownSettings } from '$lib/server/members/queries';
import { timeZoneOptions } from '$lib/server/geo/time-zones';
import { formAction, requireActor, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const settings = await runQuery(() => ownSettings(event.locals.db, actor));
	return {
		preferences: { locale: settings.locale, timeZone: settings.timeZone },
		timeZones: timeZoneOptions(settings.timeZone)
	};
};

export const actions: Actions = {
	default: formAction('saved', (event, actor, values) =>
		updatePreferences(event.locals.db, actor, actor.id, values)
	)
};
