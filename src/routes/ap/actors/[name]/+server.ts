import { actorResponse } from '$lib/server/federation/serve';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url, params }) =>
	actorResponse(locals.db, url, params.name, locals.locale);
