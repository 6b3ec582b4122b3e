import { redirect } from '@sveltejs/kit';
import { requireActor, runQuery } from '$lib/server/http';
import { conversationList } from '$lib/server/messages/queries';
import { timeCursor } from '$lib/server/paging';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.member) redirect(303, '/login?next=%2Fmessages');
	const actor = requireActor(event);
	const page = await runQuery(() =>
		conversationList(event.locals.db, actor, timeCursor(event.url.searchParams.get('before')))
	);
	return { ...page, memberId: actor.id, timeZone: event.locals.member?.timeZone };
};
