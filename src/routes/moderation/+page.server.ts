import { runQuery } from '$lib/server/http';
import { moderationLog, parseLogCursor } from '$lib/server/moderation/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	runQuery(async () =>
		moderationLog(event.locals.db, parseLogCursor(event.url.searchParams.get('next')))
	);
