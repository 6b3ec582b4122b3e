import { updatePreferences } from '$lib/server/members/commands';
import { ownSettings } from '$lib/server/members/queries';
import { timeZoneOptions } from '$lib/server/geo/time-zones';
import { formValues, requireActor, attempt, runQuery } from '$lib/server/http';
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
	default: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () =>
			updatePreferences(event.locals.db, actor, actor.id, values)
		);
		if (!result.ok) return result.failure;
		return { saved: true };
	}
};
