import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pathId, threadResource } from '$lib/server/api/resources';
import { threadById } from '$lib/server/writing/queries';

/** One forum thread, as its page shows it. */
export const GET = apiRoute(OPS.getThread, async ({ db, actor, event }) =>
	threadResource(
		event.url.origin,
		await threadById(db, actor, pathId(event.params.id, 'forum_error_not_found'))
	)
);

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
