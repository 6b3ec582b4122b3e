import { objectResponse } from '$lib/server/federation/serve';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url, params }) =>
	objectResponse(locals.db, url, params.id);
