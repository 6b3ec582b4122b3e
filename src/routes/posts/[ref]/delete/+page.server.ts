import { error } from '@sveltejs/kit';
import { actorOf, formAction, notFound, requireActor, runQuery } from '$lib/server/http';
import { translate } from '$lib/server/i18n';
import { idFromRef } from '$lib/server/refs';
import { deletePost } from '$lib/server/writing/commands';
import { postById } from '$lib/server/writing/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event);
	const id = idFromRef(event.params.ref) ?? notFound('post_error_not_found');
	const post = await runQuery(() => postById(event.locals.db, actorOf(event), id));
	if (!post.own) error(403, translate('error_forbidden'));
	return { post: { title: post.title, url: post.url, public: post.visibility === 'public' } };
};

export const actions: Actions = {
	default: formAction(
		'deleted',
		(event, actor) =>
			deletePost(
				event.locals.db,
				actor,
				idFromRef(event.params.ref) ?? notFound('post_error_not_found')
			),
		{ follow: true }
	)
};
