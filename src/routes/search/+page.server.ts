import { actorOf, runQuery } from '$lib/server/http';
import { SEARCH_FILTERS, searchEverything, type SearchFilter } from '$lib/server/search/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const q = (params.get('q') ?? '').trim().slice(0, 200);
	// A kind the search does not know shows everything, as no kind does.
	const kind = params.get('kind') ?? '';
	const filter = (SEARCH_FILTERS as readonly string[]).includes(kind)
		? (kind as SearchFilter)
		: null;
	const results = q
		? await runQuery(() =>
				searchEverything(event.locals.db, actorOf(event), event.locals.locale, q, { filter })
			)
		: null;
	return { q, filter, filters: SEARCH_FILTERS, results };
};
