import { runQuery } from '$lib/server/http';
import { memberFeed } from '$lib/server/writing/feed-builders';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url, params }) =>
	runQuery(() => memberFeed(locals.db, url.origin, params.handle, locals.locale));
