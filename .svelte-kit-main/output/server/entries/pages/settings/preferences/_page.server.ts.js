import { r as updatePreferences } from "../../../../chunks/commands2.js";
import { a as ownSettings } from "../../../../chunks/queries3.js";
import { f as timeZoneOptions } from "../../../../chunks/profile-rules.js";
import { a as runQuery, i as requireActor, n as formValues, t as attempt } from "../../../../chunks/http.js";
// src/routes/settings/preferences/+page.server.ts
var load = async (event) => {
	const actor = requireActor(event);
	const settings = await runQuery(() => ownSettings(event.locals.db, actor));
	return {
		preferences: {
			locale: settings.locale,
			timeZone: settings.timeZone
		},
		timeZones: timeZoneOptions(settings.timeZone)
	};
};
var actions = { default: async (event) => {
	const actor = requireActor(event);
	const values = formValues(await event.request.formData());
	const result = await attempt(values, () => updatePreferences(event.locals.db, actor, actor.id, values));
	if (!result.ok) return result.failure;
	return { saved: true };
} };
export { actions, load };
