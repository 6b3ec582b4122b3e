import { actorOf, runQuery } from '$lib/server/http';
import { pageNumber, pastTheLastPage } from '$lib/server/paging';
import {
	SEARCH_FILTERS,
	SEARCH_LIMIT,
	SEARCH_PAGES,
	searchEverything,
	type SearchFilter
} from '$lib/server/search/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const q = (params.get('q') ?? '').trim().slice(0, 200);
	// A kind the search does not know shows everything, as no kind does.
	const kind = params.get('kind') ?? '';
	const filter = (SEARCH_FILTERS as readonly string[]).includes(kind)
		? (kind as SearchFilter)
		: null;
	// A page past the last answers 400, as a malformed one does (pageNumber, SEARCH_PAGES).
	const page = await runQuery(async () => pageNumber(params.get('page')));
	const results = q
		? await runQuery(async () => {
				const found = await searchEverything(
					event.locals.db,
					actorOf(event),
					event.locals.locale,
					q,
					{ filter, page }
				);
				// A page past the results is not an empty search: the address is wrong.
				if (page > 1 && !found.hits.length) pastTheLastPage();
				return found;
			})
		: null;
	return {
		q,
		filter,
		filters: SEARCH_FILTERS,
		results,
		page,
		perPage: SEARCH_LIMIT,
		lastPage: SEARCH_PAGES
	};
};
