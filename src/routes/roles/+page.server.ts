import { runQuery } from '$lib/server/http';
import { roleList } from '$lib/server/mandates/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	roles: await runQuery(() => roleList(locals.db))
});
