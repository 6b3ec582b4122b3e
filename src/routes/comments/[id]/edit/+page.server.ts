import { numberParam } from '$lib/server/http';
import { error, redirect } from '@sveltejs/kit';
import { readerOf } from '$lib/server/comments/actions';
import { editComment } from '$lib/server/comments/commands';
import { commentForEdit } from '$lib/server/comments/queries';
import { attempt, formValues, requireActor, runQuery } from '$lib/server/http';
import { translate } from '$lib/server/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireActor(event);
	const reader = await readerOf(event);
	const comment = await runQuery(() =>
		commentForEdit(event.locals.db, reader, numberParam(event.params.id))
	);
	if (!comment.own) error(403, translate('error_forbidden'));
	return { comment: { id: comment.id, body: comment.body, url: comment.subject.url } };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = requireActor(event);
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () =>
			editComment(event.locals.db, actor, numberParam(event.params.id), values)
		);
		if (!result.ok) return result.failure;
		redirect(303, result.value.url);
	}
};
