import { error } from '@sveltejs/kit';
import { languageOptions } from '$lib/server/geo/languages';
import { actorOf, notFound, requireActor, runQuery } from '$lib/server/http';
import { translate } from '$lib/server/i18n';
import { idFromRef } from '$lib/server/refs';
import { editPost } from '$lib/server/writing/commands';
import { postById } from '$lib/server/writing/queries';
import { imageFormAction } from '$lib/server/writing/attach-image';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event);
	const id = idFromRef(event.params.ref) ?? notFound('post_error_not_found');
	const post = await runQuery(() => postById(event.locals.db, actorOf(event), id));
	if (!post.own) error(403, translate('error_forbidden'));
	return { post, languages: languageOptions(event.locals.locale) };
};

export const actions: Actions = {
	default: imageFormAction(
		'edit',
		(event, actor, values) =>
			editPost(
				event.locals.db,
				actor,
				idFromRef(event.params.ref) ?? notFound('post_error_not_found'),
				values
			),
		{ follow: true }
	)
};
