import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { chapterListQuery, OPS } from '$lib/server/api/operations';
import { chapterList } from '$lib/server/chapters/queries';
import { positionId } from '$lib/server/paging';
import { parseInput } from '$lib/server/validation';

/** The chapters with their counts, a page at a time in order of id, paged by `cursor`. */
export const GET = apiRoute(OPS.listChapters, async ({ db, query }) => {
	const { cursor } = parseInput(chapterListQuery, query);
	const list = await chapterList(db, positionId(cursor));
	return { ...list, next: list.next === null ? null : String(list.next) };
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
