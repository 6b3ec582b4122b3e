import { actorOf, notFound, runQuery } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { postHistory } from '$lib/server/writing/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('post_error_not_found');
	return {
		history: await runQuery(() => postHistory(event.locals.db, actorOf(event), id)),
		timeZone: event.locals.member?.timeZone
	};
};
