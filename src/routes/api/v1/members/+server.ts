import { json } from '@sveltejs/kit';
import { searchDirectory } from '$lib/server/members/directory';
import { runQuery } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The member directory as JSON: the same query, so the same privacy rules, as /members. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = locals.actor;
	const result = await runQuery(() =>
		searchDirectory(locals.db, actor, Object.fromEntries(url.searchParams))
	);
	return json({ members: result.entries, next: result.next });
};
