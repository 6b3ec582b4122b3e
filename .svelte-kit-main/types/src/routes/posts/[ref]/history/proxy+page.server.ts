// @ts-nocheck
import { notFound, readerOf } from '$lib/server/comments/actions';
import { runQuery } from '$lib/server/http';
import { postHistory } from '$lib/server/writing/queries';
import { idFromRef } from '$lib/server/writing/reader';
import type { PageServerLoad } from './$types';

export const load = async (event: Parameters<PageServerLoad>[0]) => {
	const id = idFromRef(event.params.ref) ?? notFound('post_error_not_found');
	const reader = await readerOf(event);
	return {
		history: await runQuery(() => postHistory(event.locals.db, reader, id)),
		timeZone: event.locals.member?.timeZone
	};
};
