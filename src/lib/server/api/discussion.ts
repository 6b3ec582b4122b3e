/**
 * The two calls every discussion answers (under a post, in a forum thread): read a page of its
 * comments, and comment, through the same query and command as the pages' discussion.
 */
import { postComment } from '$lib/server/comments/commands';
import { commentPage } from '$lib/server/comments/queries';
import { positionId } from '$lib/server/paging';
import { apiFallback, apiRoute, type Operation } from './operation';
import type { commentPageSchema, createdSchema } from './responses';
import { commentsResource, pathId } from './resources';

export function discussionRoutes(
	subjectType: 'post' | 'thread',
	ops: {
		list: Operation & { method: 'GET'; response: typeof commentPageSchema };
		create: Operation & { method: 'POST'; response: typeof createdSchema };
	},
	/** The message when the post or thread in the address is not there. */
	missing: string
) {
	return {
		GET: apiRoute(ops.list, async ({ db, actor, event, query }) => {
			const id = pathId(event.params.id, missing);
			return commentsResource(
				await commentPage(db, actor, subjectType, id, positionId(query.cursor))
			);
		}),
		POST: apiRoute(ops.create, async ({ db, member, event, body }) => {
			const id = pathId(event.params.id, missing);
			const comment = await postComment(db, member, subjectType, id, body);
			return { value: { id: comment.id, url: event.url.origin + comment.url } };
		}),
		/** Any other method: 405 with Allow, as problem details. */
		fallback: apiFallback
	};
}
