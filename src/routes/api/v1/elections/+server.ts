import { json } from '@sveltejs/kit';
import { actorOf, runQuery } from '$lib/server/http';
import { listElections } from '$lib/server/elections/queries';
import type { RequestHandler } from './$types';

/** Every election (open ones first) with its role, seats, phase, deadlines and scope. */
export const GET: RequestHandler = async (event) => {
	const list = await runQuery(() =>
		listElections(event.locals.db, actorOf(event), event.locals.locale)
	);
	return json({ elections: list });
};
