import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { positionId } from '$lib/server/paging';
import { projectList } from '$lib/server/projects/queries';
import { parseInput } from '$lib/server/validation';

/**
 * Projects the caller may see, newest first; `status` filters (one that does not exist is a 400),
 * `before` pages on.
 */
export const GET = apiRoute(OPS.listProjects, ({ db, actor, query }) => {
	const { status, before } = parseInput(OPS.listProjects.query, query);
	return projectList(db, actor, { status }, positionId(before));
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
