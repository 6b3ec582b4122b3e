import { a as updateProfile } from "../../../chunks/commands2.js";
import { a as ownSettings } from "../../../chunks/queries3.js";
import { n as countryOptions } from "../../../chunks/countries.js";
import { r as languageOptions } from "../../../chunks/languages.js";
import { a as runQuery, i as requireActor, n as formValues, t as attempt } from "../../../chunks/http.js";
// src/routes/settings/+page.server.ts
var load = async (event) => {
	const actor = requireActor(event);
	return {
		settings: await runQuery(() => ownSettings(event.locals.db, actor)),
		countries: countryOptions(event.locals.locale),
		languages: languageOptions(event.locals.locale)
	};
};
var actions = { default: async (event) => {
	const actor = requireActor(event);
	const values = formValues(await event.request.formData(), ["languages"]);
	const result = await attempt(values, () => updateProfile(event.locals.db, actor, actor.id, values));
	if (!result.ok) return result.failure;
	return { saved: true };
} };
export { actions, load };
