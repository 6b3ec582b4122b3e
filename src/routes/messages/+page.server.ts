import { memberOrLogIn, runQuery } from '$lib/server/http';
import { conversationList } from '$lib/server/messages/queries';
import { timeCursor } from '$lib/server/paging';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { actor, member } = memberOrLogIn(event);
	const page = await runQuery(() =>
		conversationList(event.locals.db, actor, timeCursor(event.url.searchParams.get('before')))
	);
	return { ...page, memberId: actor.id, timeZone: member.timeZone };
};
