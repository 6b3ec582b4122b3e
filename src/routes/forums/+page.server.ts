import { runQuery } from '$lib/server/http';
import { forumIndex } from '$lib/server/writing/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	categories: await runQuery(() => forumIndex(locals.db))
});
