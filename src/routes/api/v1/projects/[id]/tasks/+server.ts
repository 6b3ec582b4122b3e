import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pathId, taskListResource } from '$lib/server/api/resources';
import { positionId } from '$lib/server/paging';
import { projectTaskList } from '$lib/server/projects/pages';
import { parseInput } from '$lib/server/validation';

/** A project's tasks, for those who may see the project; `status` filters, `after` pages on. */
export const GET = apiRoute(OPS.listProjectTasks, async ({ db, actor, event, query }) => {
	const { status, after } = parseInput(OPS.listProjectTasks.query, query);
	const id = pathId(event.params.id, 'project_error_not_found');
	return taskListResource(
		event.url.origin,
		await projectTaskList(db, actor, id, { status, after: positionId(after) })
	);
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
