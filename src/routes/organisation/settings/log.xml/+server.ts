import { runQuery } from '$lib/server/http';
import { settingsLogFeed } from '$lib/server/instance/feed';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url }) =>
	runQuery(() => settingsLogFeed(locals.db, url.origin, locals.locale));
