import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pathId } from '$lib/server/api/resources';
import { decisionResource } from '$lib/server/decisions/resource';

/**
 * One decision (`DecisionResource`), authorised as its page is: a draft is not found by anyone
 * but its authors, results hidden until the close are absent, and no ballot is in it (the
 * anonymised ballots are published at the close, at the addresses under `files`).
 */
export const GET = apiRoute(OPS.getDecision, ({ db, actor, event }) =>
	decisionResource(
		db,
		actor,
		event.locals.locale,
		event.url.origin,
		pathId(event.params.id, 'decision_error_not_found')
	)
);

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
