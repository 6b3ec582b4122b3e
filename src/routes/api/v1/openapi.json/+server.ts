import { openApiAnswer } from '$lib/server/api/openapi';
import { preparedRead } from '$lib/server/api/etag';
import { apiFallback } from '$lib/server/api/operation';
import { organisationName } from '$lib/server/instance/cached';
import type { RequestHandler } from './$types';

/** The OpenAPI 3.1 document of this installation's API, generated from the code once a process. */
export const GET: RequestHandler = async ({ request, url, locals }) =>
	preparedRead(request, openApiAnswer(url.origin, await organisationName(locals.db, 'en')));

export const fallback = apiFallback;
