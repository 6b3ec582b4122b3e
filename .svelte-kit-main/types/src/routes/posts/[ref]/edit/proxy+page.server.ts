// @ts-nocheck
import { error, redirect } from '@sveltejs/kit';
import { notFound, readerOf } from '$lib/server/comments/actions';
import { languageOptions } from '$lib/server/geo/languages';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import { translate } from '$lib/server/i18n';
import { editPost } from '$lib/server/writing/commands';
import { postById } from '$lib/server/writing/queries';
import { idFromRef } from '$lib/server/writing/reader';
import type { Actions, PageServerLoad } from './$types';

export const load = async (event: Parameters<PageServerLoad>[0]) => {
	requireActor(event);
	const id = idFromRef(event.params.ref) ?? notFound('post_error_not_found');
	const post = await runQuery(async () => postById(event.locals.db, await readerOf(event), id));
	if (!post.own) error(403, translate('error_forbidden'));
	return { post, languages: languageOptions(event.locals.locale) };
};

export const actions = {
	default: async (event: import('./$types').RequestEvent) => {
		const actor = requireActor(event);
		const id = idFromRef(event.params.ref) ?? notFound('post_error_not_found');
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () => editPost(event.locals.db, actor, id, values));
		if (!result.ok) return result.failure;
		redirect(303, `/posts/${result.value.id}-${result.value.slug}`);
	}
};
;null as any as Actions;