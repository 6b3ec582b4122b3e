import { json } from '@sveltejs/kit';
import '$lib/server/commentables';
import { commentPage } from '$lib/server/comments/queries';
import { isSubjectType } from '$lib/server/comments/registry';
import { actorOf, notFound, numberParam, runQuery } from '$lib/server/http';
import type { RequestHandler } from './$types';

/**
 * The next page of a discussion (`?on=thread&id=12&after=340`), for a page whose script appends it
 * below the comments already shown; without a script the "show more" link loads the page itself.
 */
export const GET: RequestHandler = async (event) => {
	const on = event.url.searchParams.get('on') ?? '';
	const id = numberParam(event.url.searchParams.get('id'));
	if (!isSubjectType(on) || !id) notFound('comment_error_not_found');
	const after = numberParam(event.url.searchParams.get('after'));
	const page = await runQuery(() => commentPage(event.locals.db, actorOf(event), on, id, after));
	return json(
		{ after, comments: page.comments, nextAfter: page.nextAfter, total: page.total },
		{ headers: { 'cache-control': 'private, no-store' } }
	);
};
