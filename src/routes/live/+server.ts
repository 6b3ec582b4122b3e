import { error } from '@sveltejs/kit';
import '$lib/server/live/areas';
import { mayFollowTopic, parseTopic } from '$lib/server/live';
import { liveStream } from '$lib/server/live/stream';
import { translate } from '$lib/server/i18n';
import type { RequestHandler } from './$types';

const MAX_TOPICS = 20;

/** Live messages on the topics asked for, each checked against the viewer (src/lib/server/live). */
export const GET: RequestHandler = async ({ url, locals }) => {
	const topics = [...new Set(url.searchParams.getAll('topic'))];
	if (!topics.length || topics.length > MAX_TOPICS || !topics.every((t) => parseTopic(t)))
		error(400, translate('live_error_bad_topics'));
	for (const topic of topics)
		if (!(await mayFollowTopic(locals.db, locals.actor, topic)))
			error(404, translate('live_error_not_found'));
	return liveStream(topics);
};
