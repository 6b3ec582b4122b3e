import { runQuery } from '$lib/server/http';
import { withValidators } from '$lib/server/formats/responses';
import { organisationFeed } from '$lib/server/writing/feed-builders';
import type { RequestHandler } from './$types';

// An ETag, and 304 when the reader's copy is current (src/lib/server/formats/responses.ts).
export const GET: RequestHandler = async ({ locals, url, request }) =>
	withValidators(
		request,
		await runQuery(() => organisationFeed(locals.db, url.origin, locals.locale))
	);
