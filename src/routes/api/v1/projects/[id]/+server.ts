import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pathId, projectResource } from '$lib/server/api/resources';
import { projectPage } from '$lib/server/projects/pages';

/** A project: the same query, so the same visibility and privacy rules, as its page. */
export const GET = apiRoute(OPS.getProject, async ({ db, actor, event }) =>
	projectResource(await projectPage(db, actor, pathId(event.params.id, 'project_error_not_found')))
);

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
