import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pathId } from '$lib/server/api/resources';
import { logEffort } from '$lib/server/projects/tasks';

/** Log time spent on a task, through the same command as the task page's form. */
export const POST = apiRoute(OPS.logEffort, async ({ db, member, event, body }) => {
	const taskId = pathId(event.params.task, 'project_error_task_not_found');
	const entry = await logEffort(db, member, taskId, body);
	return { value: { id: entry.id, url: event.url.origin + entry.url } };
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
