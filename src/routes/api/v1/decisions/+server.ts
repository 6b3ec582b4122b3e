import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { createDecision } from '$lib/server/decisions/commands';
import { decisionListResource } from '$lib/server/decisions/resource';

/** The decision register (drafts never in it), with the page's filters; `before` pages on. */
export const GET = apiRoute(OPS.listDecisions, ({ db, actor, event, query }) =>
	decisionListResource(db, actor, event.locals.locale, event.url.origin, query)
);

/** Propose a decision: a draft, as the form makes it, for its author to submit. */
export const POST = apiRoute(OPS.createDecision, async ({ db, member, body, event }) => {
	const id = await createDecision(db, member, body);
	return {
		location: `/api/v1/decisions/${id}`,
		value: { id, url: `${event.url.origin}/decisions/${id}` }
	};
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
