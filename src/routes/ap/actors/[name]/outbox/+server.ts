import { outboxResponse } from '$lib/server/federation/serve';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url, params }) =>
	outboxResponse(locals.db, url, params.name);
