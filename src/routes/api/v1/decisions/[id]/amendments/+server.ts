import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pathId } from '$lib/server/api/resources';
import { proposeAmendment } from '$lib/server/decisions/amendments';
import { amendmentsResource } from '$lib/server/decisions/resource';

/** The decision's amendments, as its amendments page lists them. */
export const GET = apiRoute(OPS.listAmendments, ({ db, actor, event }) =>
	amendmentsResource(
		db,
		actor,
		event.url.origin,
		pathId(event.params.id, 'decision_error_not_found')
	)
);

/** Propose an amendment, through the same command as the form. */
export const POST = apiRoute(OPS.proposeAmendment, async ({ db, member, event, body }) => {
	const id = pathId(event.params.id, 'decision_error_not_found');
	return { value: { id: await proposeAmendment(db, member, id, body) } };
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
