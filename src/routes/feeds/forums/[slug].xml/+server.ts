import { runQuery } from '$lib/server/http';
import { forumFeed } from '$lib/server/writing/feed-builders';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url, params }) =>
	runQuery(() => forumFeed(locals.db, url.origin, params.slug, locals.locale));
