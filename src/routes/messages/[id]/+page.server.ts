import { formAction, numberParam, requireActor, runQuery } from '$lib/server/http';
import {
	blockMember,
	markConversationRead,
	sendMessage,
	unblockMember
} from '$lib/server/messages/commands';
import { conversationView, unreadConversations } from '$lib/server/messages/queries';
import { positionId } from '$lib/server/paging';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const actor = requireActor(event);
	const { db } = event.locals;
	const id = numberParam(event.params.id);
	const view = await runQuery(() =>
		conversationView(db, actor, id, positionId(event.url.searchParams.get('before')))
	);
	// Opening the conversation reads it: the count in the navigation follows at once.
	if (view.newestId) await runQuery(() => markConversationRead(db, actor, id, view.newestId));
	return {
		...view,
		memberId: actor.id,
		messagesUnread: await unreadConversations(db, actor.id),
		timeZone: event.locals.member?.timeZone
	};
};

export const actions: Actions = {
	reply: formAction(
		'reply',
		(event, actor, values) =>
			sendMessage(event.locals.db, actor, numberParam(event.params.id), values),
		{ follow: true }
	),
	block: formAction('block', (event, actor, values) =>
		blockMember(event.locals.db, actor, String(values.handle ?? ''))
	),
	unblock: formAction('unblock', (event, actor, values) =>
		unblockMember(event.locals.db, actor, String(values.handle ?? ''))
	)
};
