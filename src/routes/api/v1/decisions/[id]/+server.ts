import { actorOf, notFound, numberParam } from '$lib/server/http';
import { json } from '@sveltejs/kit';
import { runQuery } from '$lib/server/http';
import { decisionPage } from '$lib/server/decisions/queries';
import type { RequestHandler } from './$types';

/**
 * One decision as JSON: what its page shows the caller, authorised the same way (a secret
 * ballot's choices are never in it; the caller's own ballot is, for the caller).
 */
export const GET: RequestHandler = async (event) => {
	const id = numberParam(event.params.id) || notFound('decision_error_not_found');
	const page = await runQuery(() =>
		decisionPage(event.locals.db, actorOf(event), event.locals.locale, id)
	);
	return json(page);
};
