import { actorOf, notFound, runQuery } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { pageNumber } from '$lib/server/paging';
import { decisionBallotsPage } from '$lib/server/decisions/ballot-list';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	return runQuery(() =>
		decisionBallotsPage(
			event.locals.db,
			actorOf(event),
			id,
			pageNumber(event.url.searchParams.get('page'))
		)
	);
};
