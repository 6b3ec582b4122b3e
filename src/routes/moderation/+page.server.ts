import { runQuery } from '$lib/server/http';
import { moderationLog, openCases, parseLogCursor } from '$lib/server/moderation/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	runQuery(async () => ({
		...(await moderationLog(event.locals.db, parseLogCursor(event.url.searchParams.get('next')))),
		open: await openCases(event.locals.db)
	}));
