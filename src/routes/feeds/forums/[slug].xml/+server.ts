import { runQuery } from '$lib/server/http';
import { withValidators } from '$lib/server/formats/responses';
import { forumFeed } from '$lib/server/writing/feed-builders';
import type { RequestHandler } from './$types';

// An ETag, and 304 when the reader's copy is current (src/lib/server/formats/responses.ts).
export const GET: RequestHandler = async ({ locals, url, params, request }) =>
	withValidators(
		request,
		await runQuery(() => forumFeed(locals.db, url.origin, params.slug, locals.locale))
	);
