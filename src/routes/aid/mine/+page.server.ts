import { myAidPosts } from '$lib/server/aid/queries';
import { memberOrLogIn, runQuery } from '$lib/server/http';
import { timeCursor } from '$lib/server/paging';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor } = memberOrLogIn(event);
	return {
		mine: await runQuery(() =>
			myAidPosts(event.locals.db, actor, timeCursor(event.url.searchParams.get('before')))
		)
	};
};
