// @ts-nocheck
import { runQuery } from '$lib/server/http';
import { forumIndex } from '$lib/server/writing/queries';
import type { PageServerLoad } from './$types';

export const load = async ({ locals }: Parameters<PageServerLoad>[0]) => ({
	categories: await runQuery(() => forumIndex(locals.db))
});
