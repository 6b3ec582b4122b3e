import { actorOf, runQuery } from '$lib/server/http';
import { settingsOverview } from '$lib/server/instance/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	overview: await runQuery(() =>
		settingsOverview(event.locals.db, actorOf(event), event.locals.locale)
	)
});
