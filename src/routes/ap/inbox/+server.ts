import { handleInbox } from '$lib/server/federation/inbox-request';
import type { RequestHandler } from './$types';

/** The shared inbox: one delivery per server for all of our actors it follows. */
export const POST: RequestHandler = ({ locals, request, url }) =>
	handleInbox(locals.db, request, url, null, () => locals.app.federation.kick());
