import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { positionId } from '$lib/server/paging';
import { projectList } from '$lib/server/projects/queries';
import { PROJECT_STATUSES, type ProjectStatus } from '$lib/schemas/projects';

/** Projects the caller may see, newest first; `status` filters, `before` pages on. */
export const GET = apiRoute(OPS.listProjects, ({ db, actor, query }) => {
	const status = (PROJECT_STATUSES as readonly string[]).includes(query.status ?? '')
		? (query.status as ProjectStatus)
		: undefined;
	return projectList(db, actor, { status }, positionId(query.before));
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
