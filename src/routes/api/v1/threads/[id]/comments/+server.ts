import { discussionRoutes } from '$lib/server/api/discussion';
import { OPS } from '$lib/server/api/operations';

/** The discussion in a forum thread, and replying (locks and slow mode included, as the form). */
export const { GET, POST, fallback } = discussionRoutes(
	'thread',
	{ list: OPS.listThreadComments, create: OPS.createThreadComment },
	'forum_error_not_found'
);
