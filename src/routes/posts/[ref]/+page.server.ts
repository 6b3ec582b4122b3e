import { commentActions, loadDiscussion } from '$lib/server/comments/actions';
import { actorOf, notFound, runQuery, toCanonical } from '$lib/server/http';
import { withPageHtml } from '$lib/server/page-html';
import { idFromRef } from '$lib/server/refs';
import { postById } from '$lib/server/writing/queries';
import { projectOfUpdate } from '$lib/server/projects/queries';
import { repliesOf } from '$lib/server/federation/replies';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('post_error_not_found');
	const reader = actorOf(event);
	const post = await runQuery(() => postById(event.locals.db, reader, id));
	toCanonical(event, post.url);
	const discussion =
		post.status === 'published'
			? await runQuery(() => loadDiscussion(event, reader, 'post', id))
			: null;
	const project = await projectOfUpdate(event.locals.db, actorOf(event), id);
	// Replies from other servers come only to public posts (federation/inbox.ts).
	const remoteReplies = discussion ? await repliesOf(event.locals.db, id) : [];
	// The Markdown source is for the edit page; this one shows the rendered text.
	const { body: _source, ...shown } = post;
	return {
		post: withPageHtml(event, shown),
		discussion,
		project,
		remoteReplies,
		timeZone: event.locals.member?.timeZone
	};
};

export const actions: Actions = commentActions(
	'post',
	(event) => idFromRef(event.params.ref!) ?? 0
);
