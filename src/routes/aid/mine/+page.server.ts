import { redirect } from '@sveltejs/kit';
import { myAidPosts } from '$lib/server/aid/queries';
import { requireActor, runQuery } from '$lib/server/http';
import { timeCursor } from '$lib/server/paging';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.actor) redirect(303, '/login?next=%2Faid%2Fmine');
	const actor = requireActor(event);
	return {
		mine: await runQuery(() =>
			myAidPosts(event.locals.db, actor, timeCursor(event.url.searchParams.get('before')))
		)
	};
};
