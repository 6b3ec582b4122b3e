import { json } from '@sveltejs/kit';
import { actorOf, runQuery } from '$lib/server/http';
import { decisionListResource } from '$lib/server/decisions/resource';
import type { RequestHandler } from './$types';

/**
 * The decision register as JSON (drafts never in it), with the page's filters: `q`, `phase`,
 * `scope`, `outcome`, and `before` (the `next` of the page before) to page on.
 */
export const GET: RequestHandler = async (event) => {
	const query = Object.fromEntries(event.url.searchParams);
	const list = await runQuery(() =>
		decisionListResource(
			event.locals.db,
			actorOf(event),
			event.locals.locale,
			event.url.origin,
			query
		)
	);
	return json(list);
};
