import { profileByHandle } from '$lib/server/members/queries';
import { countryName } from '$lib/server/geo/countries';
import { languageName } from '$lib/server/geo/languages';
import { actorOf, runQuery } from '$lib/server/http';
import { membershipSettings, tierLabel } from '$lib/server/instance/membership-settings';
import { effortGiven } from '$lib/server/projects/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { params, locals } = event;
	const actor = actorOf(event);
	const profile = await runQuery(() => profileByHandle(locals.db, actor, params.handle));
	const effort = await runQuery(async () => effortGiven(locals.db, actor, profile.id));
	return {
		effort,
		profile: {
			...profile,
			countryName: countryName(profile.country, locals.locale),
			languageNames: profile.languages.map((code) => languageName(code, locals.locale)),
			tierName: tierLabel(await membershipSettings(locals.db), profile.tier, locals.locale)
		}
	};
};
