import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { chapterListQuery, OPS } from '$lib/server/api/operations';
import { qualifyingChapters } from '$lib/server/glance/queries';
import { positionId } from '$lib/server/paging';
import { parseInput } from '$lib/server/validation';

/** The chapters that count towards the convention's readiness, in order of id, paged by `cursor`. */
export const GET = apiRoute(OPS.listQualifyingChapters, async ({ db, query }) => {
	const { cursor } = parseInput(chapterListQuery, query);
	const list = await qualifyingChapters(db, positionId(cursor));
	return { ...list, next: list.next === null ? null : String(list.next) };
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
