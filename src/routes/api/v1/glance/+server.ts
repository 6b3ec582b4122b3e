import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { countedGlance, readinessFigures } from '$lib/server/glance/queries';

/**
 * The organisation at a glance (aggregates only; map counts respect privacy). The qualifying
 * chapters, a list that grows with the organisation, are /glance/qualifying, a page at a time.
 */
export const GET = apiRoute(OPS.getGlance, async ({ db }) => {
	const glance = await countedGlance(db);
	return { ...glance, readiness: readinessFigures(glance.readiness) };
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
