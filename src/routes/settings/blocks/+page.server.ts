import { formAction, requireActor, runQuery } from '$lib/server/http';
import { unblockMember } from '$lib/server/messages/commands';
import { blockList } from '$lib/server/messages/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	return {
		blocks: await runQuery(() => blockList(event.locals.db, actor)),
		timeZone: event.locals.member?.timeZone
	};
};

export const actions: Actions = {
	unblock: formAction('unblock', (event, actor, values) =>
		unblockMember(event.locals.db, actor, String(values.handle ?? ''))
	)
};
