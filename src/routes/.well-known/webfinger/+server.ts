import { webfinger } from '$lib/server/federation/serve';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url }) => webfinger(locals.db, url);
