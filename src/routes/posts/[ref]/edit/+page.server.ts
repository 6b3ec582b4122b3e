import { notFound } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { error, redirect } from '@sveltejs/kit';
import { readerOf } from '$lib/server/comments/actions';
import { languageOptions } from '$lib/server/geo/languages';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import { translate } from '$lib/server/i18n';
import { editPost } from '$lib/server/writing/commands';
import { postById } from '$lib/server/writing/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event);
	const id = idFromRef(event.params.ref) ?? notFound('post_error_not_found');
	const post = await runQuery(async () => postById(event.locals.db, await readerOf(event), id));
	if (!post.own) error(403, translate('error_forbidden'));
	return { post, languages: languageOptions(event.locals.locale) };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event);
		const id = idFromRef(event.params.ref) ?? notFound('post_error_not_found');
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () => editPost(event.locals.db, actor, id, values));
		if (!result.ok) return result.failure;
		redirect(303, `/posts/${result.value.id}-${result.value.slug}`);
	}
};
