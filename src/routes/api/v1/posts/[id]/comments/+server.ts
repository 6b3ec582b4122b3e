import { discussionRoutes } from '$lib/server/api/discussion';
import { OPS } from '$lib/server/api/operations';

/** The discussion under a post (a page of top-level comments with their replies), and commenting. */
export const { GET, POST, fallback } = discussionRoutes(
	'post',
	{ list: OPS.listPostComments, create: OPS.createPostComment },
	'post_error_not_found'
);
