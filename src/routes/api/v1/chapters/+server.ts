import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { pageByCursor } from '$lib/server/api/cursor-page';
import { chapterList } from '$lib/server/chapters/queries';

/** The chapters with their counts, a page at a time in order of id, paged by `cursor`. */
export const GET = apiRoute(OPS.listChapters, ({ db, query }) =>
	pageByCursor(query, (after) => chapterList(db, after))
);

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
