import { actorOf, runQuery } from '$lib/server/http';
import { listElections } from '$lib/server/elections/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, locale } = event.locals;
	const elections = await runQuery(() => listElections(db, actorOf(event), locale));
	return { elections, timeZone: event.locals.member?.timeZone };
};
