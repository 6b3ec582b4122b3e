import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pathId } from '$lib/server/api/resources';
import { castBallotTogether } from '$lib/server/decisions/ballot-box';

/** Cast or change one's ballot, through the same rules and ballot box as the ballot form. */
export const POST = apiRoute(OPS.castBallot, async ({ db, member, event, body }) => {
	const id = pathId(event.params.id, 'decision_error_not_found');
	return { value: await castBallotTogether(db, member, id, body) };
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
