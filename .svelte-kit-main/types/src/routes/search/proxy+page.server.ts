// @ts-nocheck
import { readerOf } from '$lib/server/comments/actions';
import { runQuery } from '$lib/server/http';
import { search } from '$lib/server/writing/search';
import type { PageServerLoad } from './$types';

export const load = async (event: Parameters<PageServerLoad>[0]) => {
	const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const reader = await readerOf(event);
	return {
		q,
		hits: q ? await runQuery(() => search(event.locals.db, reader, event.locals.locale, q)) : []
	};
};
