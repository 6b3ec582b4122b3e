import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { searchDirectory } from '$lib/server/members/directory';

/** The member directory: the same query, so the same privacy rules, as /members. */
export const GET = apiRoute(OPS.listMembers, async ({ db, actor, query }) => {
	const result = await searchDirectory(db, actor, query);
	return { members: result.entries, next: result.next };
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
