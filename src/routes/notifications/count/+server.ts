import { json } from '@sveltejs/kit';
import { requireActor } from '$lib/server/http';
import { unreadCount } from '$lib/server/notifications/queries';
import type { RequestHandler } from './$types';

/** The signed-in member's unread count, for the live badge in the navigation. */
export const GET: RequestHandler = async (event) => {
	const actor = requireActor(event);
	return json(
		{ unread: await unreadCount(event.locals.db, actor.id) },
		{ headers: { 'cache-control': 'private, no-store' } }
	);
};
