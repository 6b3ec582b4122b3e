import { profileByHandle } from '$lib/server/members/queries';
import { countryName } from '$lib/server/geo/countries';
import { languageName } from '$lib/server/geo/languages';
import { actorOf, formAction, runQuery } from '$lib/server/http';
import { blockMember, unblockMember } from '$lib/server/messages/commands';
import { hasBlocked } from '$lib/server/messages/queries';
import { membershipSettings, tierLabel } from '$lib/server/instance/membership-settings';
import { effortGiven } from '$lib/server/projects/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { params, locals } = event;
	const actor = actorOf(event);
	const profile = await runQuery(() => profileByHandle(locals.db, actor, params.handle));
	const effort = await runQuery(async () => effortGiven(locals.db, actor, profile.id));
	return {
		effort,
		// Only the member's own block is read: whether the other blocked them is not theirs to know.
		blocked: actor && !profile.own ? await hasBlocked(locals.db, actor.id, profile.id) : false,
		profile: {
			...profile,
			countryName: countryName(profile.country, locals.locale),
			languageNames: profile.languages.map((code) => languageName(code, locals.locale)),
			tierName: tierLabel(await membershipSettings(locals.db), profile.tier, locals.locale)
		}
	};
};

export const actions: Actions = {
	block: formAction('block', (event, actor) =>
		blockMember(event.locals.db, actor, event.params.handle)
	),
	unblock: formAction('unblock', (event, actor) =>
		unblockMember(event.locals.db, actor, event.params.handle)
	)
};
