import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pathId, postResource } from '$lib/server/api/resources';
import { postById } from '$lib/server/writing/queries';

/** One post as its reader may see it (a draft only for its author). */
export const GET = apiRoute(OPS.getPost, async ({ db, actor, event }) => {
	const post = await postById(db, actor, pathId(event.params.id, 'post_error_not_found'));
	return postResource(event.url.origin, post);
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
