import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { listElections } from '$lib/server/elections/queries';

/** Every election (open ones first) with its role, seats, phase, deadlines and scope. */
export const GET = apiRoute(OPS.listElections, async ({ db, actor, event }) => ({
	elections: await listElections(db, actor, event.locals.locale)
}));

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
