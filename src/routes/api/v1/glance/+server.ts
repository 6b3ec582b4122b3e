import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { organisationAtAGlance } from '$lib/server/glance/queries';

/** The organisation at a glance (aggregates only; map counts respect privacy). */
export const GET = apiRoute(OPS.getGlance, ({ db }) => organisationAtAGlance(db));

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
