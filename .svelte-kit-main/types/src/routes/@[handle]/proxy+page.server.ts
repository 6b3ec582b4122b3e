// @ts-nocheck
import { profileByHandle } from '$lib/server/members/queries';
import { countryName } from '$lib/server/geo/countries';
import { languageName } from '$lib/server/geo/languages';
import { runQuery } from '$lib/server/http';
import { membershipSettings, tierLabel } from '$lib/server/instance/membership-settings';
import type { PageServerLoad } from './$types';

export const load = async ({ params, locals }: Parameters<PageServerLoad>[0]) => {
	const actor = locals.member ? { id: locals.member.id, tier: locals.member.tier } : null;
	const profile = await runQuery(() => profileByHandle(locals.db, actor, params.handle));
	return {
		profile: {
			...profile,
			countryName: countryName(profile.country, locals.locale),
			languageNames: profile.languages.map((code) => languageName(code, locals.locale)),
			tierName: tierLabel(await membershipSettings(locals.db), profile.tier, locals.locale)
		}
	};
};
