import { actorOf, runQuery } from '$lib/server/http';
import { decisionRegister, ownDrafts } from '$lib/server/decisions/register';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = actorOf(event);
	const { db, locale } = event.locals;
	const query = Object.fromEntries(event.url.searchParams);
	const [register, drafts] = await runQuery(() =>
		Promise.all([decisionRegister(db, actor, locale, query), actor ? ownDrafts(db, actor) : []])
	);
	return { register, drafts, timeZone: event.locals.member?.timeZone };
};
