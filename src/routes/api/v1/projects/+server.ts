import { json } from '@sveltejs/kit';
import { runQuery, actorOf } from '$lib/server/http';
import { projectList } from '$lib/server/projects/queries';
import { PROJECT_STATUSES, type ProjectStatus } from '$lib/schemas/projects';
import type { RequestHandler } from './$types';

/** Projects the caller may see, newest first; `?status=`, `?before=ID` pages on. */
export const GET: RequestHandler = async (event) => {
	const params = event.url.searchParams;
	const status = (PROJECT_STATUSES as readonly string[]).includes(params.get('status') ?? '')
		? (params.get('status') as ProjectStatus)
		: undefined;
	const before = /^\d{1,15}$/.test(params.get('before') ?? '')
		? Number(params.get('before'))
		: undefined;
	const who = actorOf(event);
	const list = await runQuery(() => projectList(event.locals.db, who, { status }, before));
	return json(list);
};
