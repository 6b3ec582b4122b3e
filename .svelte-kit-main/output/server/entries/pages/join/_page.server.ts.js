import { d as signUp } from "../../../chunks/commands4.js";
import { n as countryOptions } from "../../../chunks/countries.js";
import { r as languageOptions } from "../../../chunks/languages.js";
import { n as formValues, r as requestContext, t as attempt } from "../../../chunks/http.js";
import { redirect } from "@sveltejs/kit";
// src/routes/join/+page.server.ts
var load = async ({ locals }) => {
	if (locals.member) redirect(303, "/");
	return {
		countries: countryOptions(locals.locale),
		languages: languageOptions(locals.locale)
	};
};
var actions = { default: async (event) => {
	const values = formValues(await event.request.formData(), ["languages"]);
	const result = await attempt(values, () => signUp(event.locals.db, values, {
		...requestContext(event),
		locale: event.locals.locale
	}));
	if (!result.ok) return result.failure;
	redirect(303, "/join/check-email");
} };
export { actions, load };
