import { apiFallback } from '$lib/server/api/operation';

/** An address under /api/v1 that is no call: a 404 problem, not the site's error page. */
export const fallback = apiFallback;
