import { o as profileByHandle } from "../../../chunks/queries3.js";
import { t as countryName } from "../../../chunks/countries.js";
import { n as languageName } from "../../../chunks/languages.js";
import { a as runQuery } from "../../../chunks/http.js";
import { r as tierLabel, t as membershipSettings } from "../../../chunks/membership-settings.js";
// src/routes/@[handle]/+page.server.ts
var load = async ({ params, locals }) => {
	const actor = locals.member ? {
		id: locals.member.id,
		tier: locals.member.tier
	} : null;
	const profile = await runQuery(() => profileByHandle(locals.db, actor, params.handle));
	return { profile: {
		...profile,
		countryName: countryName(profile.country, locals.locale),
		languageNames: profile.languages.map((code) => languageName(code, locals.locale)),
		tierName: tierLabel(await membershipSettings(locals.db), profile.tier, locals.locale)
	} };
};
export { load };
