import { followersResponse } from '$lib/server/federation/serve';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url, params }) =>
	followersResponse(locals.db, url, params.name);
