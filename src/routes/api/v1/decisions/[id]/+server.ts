import { json } from '@sveltejs/kit';
import { actorOf, notFound, numberParam, runQuery } from '$lib/server/http';
import { decisionResource } from '$lib/server/decisions/resource';
import type { RequestHandler } from './$types';

/**
 * One decision as JSON (`DecisionResource`), authorised as its page is: a draft is not found by
 * anyone but its authors, results hidden until the close are absent, and no ballot is in it (the
 * anonymised ballots are published at the close, at the addresses under `files`).
 */
export const GET: RequestHandler = async (event) => {
	const id = numberParam(event.params.id) || notFound('decision_error_not_found');
	const resource = await runQuery(() =>
		decisionResource(event.locals.db, actorOf(event), event.locals.locale, event.url.origin, id)
	);
	return json(resource);
};
