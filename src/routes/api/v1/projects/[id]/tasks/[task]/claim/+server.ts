import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pathId } from '$lib/server/api/resources';
import { claimTask } from '$lib/server/projects/tasks';

/** Claim an open task, through the same command as the task page's button. */
export const POST = apiRoute(OPS.claimTask, async ({ db, member, event }) => {
	const task = await claimTask(
		db,
		member,
		pathId(event.params.task, 'project_error_task_not_found')
	);
	return { value: { url: event.url.origin + task.url } };
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
