import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pageByCursor } from '$lib/server/api/cursor-page';
import { qualifyingChapters } from '$lib/server/glance/queries';

/** The chapters that count towards the convention's readiness, in order of id, paged by `cursor`. */
export const GET = apiRoute(OPS.listQualifyingChapters, ({ db, query }) =>
	pageByCursor(query, (after) => qualifyingChapters(db, after))
);

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
