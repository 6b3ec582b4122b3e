import { actorOf, runQuery } from '$lib/server/http';
import { logCursor, settingLog } from '$lib/server/instance/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	log: await runQuery(() =>
		settingLog(event.locals.db, actorOf(event), event.locals.locale, {
			before: logCursor(event.url.searchParams.get('before'))
		})
	),
	timeZone: event.locals.member?.timeZone
});
