import { actorOf, runQuery } from '$lib/server/http';
import { search } from '$lib/server/writing/search';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const reader = actorOf(event);
	return {
		q,
		hits: q ? await runQuery(() => search(event.locals.db, reader, event.locals.locale, q)) : []
	};
};
