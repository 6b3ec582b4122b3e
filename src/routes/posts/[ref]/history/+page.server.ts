import { notFound } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { readerOf } from '$lib/server/comments/actions';
import { runQuery } from '$lib/server/http';
import { postHistory } from '$lib/server/writing/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('post_error_not_found');
	const reader = await readerOf(event);
	return {
		history: await runQuery(() => postHistory(event.locals.db, reader, id)),
		timeZone: event.locals.member?.timeZone
	};
};
