import { committeeList } from '$lib/server/committees/queries';
import { runQuery } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	committees: await runQuery(() => committeeList(locals.db))
});
