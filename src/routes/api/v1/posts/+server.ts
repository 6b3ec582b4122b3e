import { apiFallback, apiRoute } from '$lib/server/api/operation';
import { OPS, postListQuery } from '$lib/server/api/operations';
import { listedPostResource } from '$lib/server/api/resources';
import { timeCursor } from '$lib/server/paging';
import { parseInput } from '$lib/server/validation';
import { createPost } from '$lib/server/writing/commands';
import { postList } from '$lib/server/writing/queries';

/** Published posts the caller may read, newest first, paged by `cursor`. */
export const GET = apiRoute(OPS.listPosts, async ({ db, actor, query, event }) => {
	const { kind, cursor } = parseInput(postListQuery, query);
	const list = await postList(db, actor, { kind }, timeCursor(cursor));
	return {
		posts: list.posts.map((p) => listedPostResource(event.url.origin, p)),
		next: list.next
	};
});

/** Write a post, through the same command as the form. */
export const POST = apiRoute(OPS.createPost, async ({ db, member, body, event }) => {
	const post = await createPost(db, member, body);
	const url = event.url.origin + post.url;
	return { location: `/api/v1/posts/${post.id}`, value: { id: post.id, url } };
});

/** Any other method: 405 with Allow, as problem details. */
export const fallback = apiFallback;
