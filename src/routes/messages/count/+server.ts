import { json } from '@sveltejs/kit';
import { requireActor } from '$lib/server/http';
import { unreadConversations } from '$lib/server/messages/queries';
import type { RequestHandler } from './$types';

/** How many of the member's conversations hold unread messages, for the live navigation badge. */
export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event);
	return json(
		{ unread: await unreadConversations(event.locals.db, actor.id) },
		{ headers: { 'cache-control': 'private, no-store' } }
	);
};
