// @ts-nocheck
import { updatePreferences } from '$lib/server/members/commands';
import { ownSettings } from '$lib/server/members/queries';
import { timeZoneOptions } from '$lib/server/geo/time-zones';
import { formValues, requireActor, attempt, runQuery } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load = async (event: Parameters<PageServerLoad>[0]) => {
	const actor = requireActor(event);
	const settings = await runQuery(() => ownSettings(event.locals.db, actor));
	return {
		preferences: { locale: settings.locale, timeZone: settings.timeZone },
		timeZones: timeZoneOptions(settings.timeZone)
	};
};

export const actions = {
	default: async (event: import('./$types').RequestEvent) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () =>
			updatePreferences(event.locals.db, actor, actor.id, values)
		);
		if (!result.ok) return result.failure;
		return { saved: true };
	}
};
;null as any as Actions;