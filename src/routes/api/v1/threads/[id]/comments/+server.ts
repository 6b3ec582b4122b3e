import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS } from '$lib/server/api/operations';
import { commentsResource, pathId } from '$lib/server/api/resources';
import { postComment } from '$lib/server/comments/commands';
import { commentPage } from '$lib/server/comments/queries';
import { positionId } from '$lib/server/paging';

/** The discussion in a thread, a page of top-level comments with their replies. */
export const GET = apiRoute(OPS.listThreadComments, async ({ db, actor, event, query }) => {
	const id = pathId(event.params.id, 'forum_error_not_found');
	return commentsResource(await commentPage(db, actor, 'thread', id, positionId(query.cursor)));
});

/** Reply in a thread, through the same command as the form (locks and slow mode included). */
export const POST = apiRoute(OPS.createThreadComment, async ({ db, member, event, body }) => {
	const id = pathId(event.params.id, 'forum_error_not_found');
	const comment = await postComment(db, member, 'thread', id, body);
	return { value: { id: comment.id, url: event.url.origin + comment.url } };
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
