import { runQuery } from '$lib/server/http';
import { organisationFeed } from '$lib/server/writing/feed-builders';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url }) =>
	runQuery(() => organisationFeed(locals.db, url.origin, locals.locale));
