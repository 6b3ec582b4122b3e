import { handleInbox } from '$lib/server/federation/inbox-request';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ locals, request, url, params }) =>
	handleInbox(locals.db, request, url, params.name, () => locals.app.federation.kick());
