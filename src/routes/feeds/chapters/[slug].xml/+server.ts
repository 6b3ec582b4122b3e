import { runQuery } from '$lib/server/http';
import { chapterFeed } from '$lib/server/writing/feed-builders';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url, params }) =>
	runQuery(() => chapterFeed(locals.db, url.origin, params.slug, locals.locale));
