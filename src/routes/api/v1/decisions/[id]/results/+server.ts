import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pathId } from '$lib/server/api/resources';
import { decisionResultsResource } from '$lib/server/decisions/resource';

/** A closed decision's result, as its page and results.csv give it (409 before the close). */
export const GET = apiRoute(OPS.getDecisionResults, ({ db, actor, event }) =>
	decisionResultsResource(
		db,
		actor,
		event.url.origin,
		pathId(event.params.id, 'decision_error_not_found')
	)
);

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
