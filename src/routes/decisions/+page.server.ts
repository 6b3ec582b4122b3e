import { actorOf } from '$lib/server/http';
import { runQuery } from '$lib/server/http';
import { decisionRegister, ownDrafts } from '$lib/server/decisions/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = actorOf(event);
	const query = Object.fromEntries(event.url.searchParams);
	const register = await runQuery(() =>
		decisionRegister(event.locals.db, actor, event.locals.locale, query)
	);
	return {
		register,
		drafts: actor ? await ownDrafts(event.locals.db, actor) : [],
		timeZone: event.locals.member?.timeZone
	};
};
