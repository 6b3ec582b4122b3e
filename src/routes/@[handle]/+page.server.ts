import { profileByHandle } from '$lib/server/members/queries';
import { countryName } from '$lib/server/geo/countries';
import { languageName } from '$lib/server/geo/languages';
import { runQuery } from '$lib/server/http';
import { membershipSettings, tierLabel } from '$lib/server/instance/membership-settings';
import { projectActorOf } from '$lib/server/projects/actions';
import { effortGiven } from '$lib/server/projects/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { params, locals } = event;
	const actor = locals.member ? { id: locals.member.id, tier: locals.member.tier } : null;
	const profile = await runQuery(() => profileByHandle(locals.db, actor, params.handle));
	const effort = await runQuery(async () =>
		effortGiven(locals.db, await projectActorOf(event), profile.id)
	);
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
